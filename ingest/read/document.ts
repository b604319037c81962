/**
 * Raw bytes of one file to a SourceDocument: pick the reader by format, normalise the text (the stored text
 * that all offsets point into), refuse blank results, hash the raw bytes for the id, and let the extraction
 * stage's `describeDocument` find the title, date and kind from the text itself.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../../core/errors.ts';
import type { SourceDocument } from '../../core/model/index.ts';
import { describeDocument } from '../extract/index.ts';
import { decodeText } from './decode.ts';
import { formatOf, SUPPORTED_EXTENSIONS, type DocumentFormat } from './formats.ts';
import { htmlToText, pageTitle, siteSection } from './html.ts';
import { isBlank, normalizeText } from './normalize.ts';
import { pdfToText } from './pdf.ts';

/** `doc:` + the first 16 hex characters of the sha256 of the raw bytes. */
export function documentId(sha256: string): string {
  return `doc:${sha256.slice(0, 16)}`;
}

/** Throws UNSUPPORTED unless kg can read this kind of file. */
export function requireFormat(path: string): DocumentFormat {
  const format = formatOf(path);
  if (format === undefined) {
    throw new InputError(
      'UNSUPPORTED',
      `${path}: unsupported file type; kg reads ${SUPPORTED_EXTENSIONS.join(', ')}. Convert it or leave it out.`,
    );
  }
  return format;
}

/**
 * Turns a file's raw bytes into a SourceDocument (pure apart from the PDF parser; no file access).
 * @example const doc = await parseDocument(await readFile('a.md'), 'a.md');
 */
export async function parseDocument(bytes: Uint8Array, path: string): Promise<SourceDocument> {
  const format = requireFormat(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text: string;
  let htmlTitle: string | null = null;
  let section: string | null = null;
  if (format === 'pdf') {
    text = normalizeText(await pdfToText(bytes, path));
  } else if (format === 'html') {
    const html = htmlToText(normalizeText(decodeText(bytes, path)));
    text = normalizeText(html.text);
    htmlTitle = pageTitle(html.title, html.heading);
    section = html.title === null ? null : siteSection(html.title);
  } else {
    text = normalizeText(decodeText(bytes, path));
  }
  if (isBlank(text)) {
    const what = format === 'pdf' ? 'the PDF has no text layer (scanned?); OCR it first' : 'only whitespace';
    throw new InputError('EMPTY', `${path}: ${what}; nothing to extract.`);
  }
  const described = describeDocument(text, path);
  return {
    id: documentId(sha256),
    path,
    title: htmlTitle ?? described.title,
    date: described.date,
    // A page filed under the site's news section is an article when its text says nothing more specific.
    kind:
      described.kind === 'other' && section !== null && /news|noticias|blog/.test(section)
        ? 'article'
        : described.kind,
    sha256,
    format,
    text,
  };
}
