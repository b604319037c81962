/**
 * The unit of work of the pipeline, the same on a worker thread and in-process: raw bytes of one file to
 * its SourceDocument and extracted facts, or a Failure. Never throws, so one bad file cannot stop a batch.
 */
import { isKgError } from '../../core/errors.ts';
import type { Failure, SourceDocument } from '../../core/model/index.ts';
import { extractDocument, type DocumentFacts } from '../extract/index.ts';
import { parseDocument } from '../read/index.ts';

export type TaskResult =
  { ok: true; document: SourceDocument; facts: DocumentFacts } | { ok: false; failure: Failure };

/**
 * @example const result = await processFile(bytes, 'data/corpus/a.md'); if (result.ok) result.facts.entities;
 */
export async function processFile(bytes: Uint8Array, path: string): Promise<TaskResult> {
  try {
    const document = await parseDocument(bytes, path);
    try {
      return { ok: true, document, facts: extractDocument(document) };
    } catch (error) {
      return { ok: false, failure: toFailure(path, error, 'EXTRACT_FAILED') };
    }
  } catch (error) {
    return { ok: false, failure: toFailure(path, error, 'READ_FAILED') };
  }
}

/** Any error as a one-line Failure; typed errors keep their code. */
export function toFailure(path: string, error: unknown, fallbackCode: string): Failure {
  if (isKgError(error)) return { path, code: error.code, message: firstLine(error.message) };
  const message = error instanceof Error ? error.message : String(error);
  return {
    path,
    code: fallbackCode,
    message: `${path}: ${firstLine(message)} (this is a bug in kg; please report it)`,
  };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
