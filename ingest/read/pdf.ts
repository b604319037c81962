/**
 * PDF to text with pdfjs-dist (the legacy build, which runs in Node without a browser worker). Text items
 * are joined by their position: a change of baseline starts a new line, a horizontal gap becomes a space,
 * pages are separated by a blank line. Scanned PDFs without a text layer come out empty (the caller turns
 * that into EMPTY); anything pdfjs cannot parse becomes InputError PDF_INVALID. pdfjs is loaded on the first
 * PDF only: it is large, and most batches have none.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../../core/errors.ts';

type Item = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number];
type PositionedText = Extract<Item, { str: string }>;

/**
 * @example const text = await pdfToText(await readFile('report.pdf'), 'report.pdf');
 */
export async function pdfToText(bytes: Uint8Array, path: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs may detach the buffer it is given, so it gets its own copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items.filter((item: Item): item is PositionedText => 'str' in item)));
      page.cleanup();
    }
    return pages.join('\n\n');
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const reason =
      name === 'PasswordException'
        ? 'the PDF is encrypted with a password; save an unprotected copy'
        : `not a readable PDF (${error instanceof Error ? error.message : String(error)}); check the file or export it again`;
    throw new InputError('PDF_INVALID', `${path}: ${reason}.`, { cause: error });
  } finally {
    await task.destroy();
  }
}

function joinItems(items: PositionedText[]): string {
  let out = '';
  let lastY: number | undefined;
  let lastRight = 0;
  for (const item of items) {
    const x = Number(item.transform[4] ?? 0);
    const y = Number(item.transform[5] ?? 0);
    const size = Math.max(1, item.height || Math.abs(Number(item.transform[3] ?? 0)));
    if (lastY !== undefined && Math.abs(y - lastY) > size * 0.5) {
      if (!out.endsWith('\n')) out += '\n';
    } else if (
      lastY !== undefined &&
      x - lastRight > size * 0.15 &&
      !/\s$/.test(out) &&
      !/^\s/.test(item.str)
    ) {
      out += ' ';
    }
    out += item.str;
    if (item.hasEOL && !out.endsWith('\n')) out += '\n';
    lastY = y;
    lastRight = x + item.width;
  }
  return out.replace(/[ \t]+\n/g, '\n').trim();
}
