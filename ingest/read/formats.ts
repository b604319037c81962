/**
 * Which files kg can read: the file extension decides the format (Markdown, plain text, HTML, PDF).
 * Kept in one place so the folder walker, the readers and the error messages agree.
 */
import { extname } from 'node:path';
import type { SourceDocument } from '../../core/model/index.ts';

export type DocumentFormat = SourceDocument['format'];

const FORMATS: Readonly<Record<string, DocumentFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** The extensions kg reads, for messages. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/**
 * The format of a file from its extension (case-insensitive), or undefined when kg cannot read it.
 * @example formatOf('a/b/Report.PDF') // 'pdf'
 */
export function formatOf(path: string): DocumentFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}
