/**
 * Reading documents: one file (.md, .txt, .html, .pdf) to a SourceDocument with normalised text, or a
 * typed InputError (EMPTY, BINARY, TOO_LARGE, ENCODING, UNSUPPORTED, UNREADABLE, PDF_INVALID) naming the file.
 */
import type { SourceDocument } from '../../core/model/index.ts';
import { DEFAULT_MAX_BYTES, readBytes } from './bytes.ts';
import { parseDocument, requireFormat } from './document.ts';

export { DEFAULT_MAX_BYTES, readBytes } from './bytes.ts';
export { documentId, parseDocument, requireFormat } from './document.ts';
export { formatOf, SUPPORTED_EXTENSIONS, type DocumentFormat } from './formats.ts';
export { decodeText } from './decode.ts';
export { htmlToText } from './html.ts';
export { normalizeText } from './normalize.ts';
export { pdfToText } from './pdf.ts';

export interface ReadOptions {
  /** Largest file read, in bytes (default 20 MB). */
  maxBytes?: number;
}

/**
 * Reads one document. The extension is checked first, then the size (before any byte is read).
 * @example
 * const doc = await readDocument('data/corpus/2017-06-14-ogp-co-chairs-statement.md');
 * doc.id; // 'doc:' + 16 hex
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  requireFormat(path);
  const bytes = await readBytes(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parseDocument(bytes, path);
}
