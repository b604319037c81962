/**
 * Reads the files of a batch one after another in sorted order, on the main thread: size and access checks
 * (readBytes), then the sha256 of the raw bytes so a duplicate file is read once and extracted once. An
 * async generator serialises concurrent `next()` calls, so however many workers pull from it, files are
 * read — and duplicates decided — in the same order on every run.
 */
import { createHash } from 'node:crypto';
import type { Failure } from '../../core/model/index.ts';
import { readBytes, requireFormat } from '../read/index.ts';
import { toFailure } from './task.ts';

export interface SourceFile {
  index: number;
  path: string;
  bytes: Uint8Array;
}

export interface Duplicate {
  path: string;
  /** The earlier file (in path order) with the same bytes, which was extracted instead. */
  sameAs: string;
}

export interface SourceEvents {
  onFailure(index: number, failure: Failure): void;
  onDuplicate(index: number, duplicate: Duplicate): void;
}

/**
 * @example for await (const file of readFiles(['a.md'], 20e6, events)) use(file.bytes);
 */
export async function* readFiles(
  paths: readonly string[],
  maxBytes: number,
  events: SourceEvents,
): AsyncGenerator<SourceFile, void, undefined> {
  const seen = new Map<string, string>();
  for (const [index, path] of paths.entries()) {
    let bytes: Uint8Array;
    try {
      requireFormat(path);
      bytes = await readBytes(path, maxBytes);
    } catch (error) {
      events.onFailure(index, toFailure(path, error, 'UNREADABLE'));
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const first = seen.get(sha256);
    if (first !== undefined) {
      events.onDuplicate(index, { path, sameAs: first });
      continue;
    }
    seen.set(sha256, path);
    yield { index, path, bytes };
  }
}
