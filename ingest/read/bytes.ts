/**
 * Reading a file's raw bytes safely: the size is checked with `stat` before anything is read, so an
 * oversized file costs nothing, and every file-system failure becomes an InputError naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../../core/errors.ts';

/** Default largest file read: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads a whole file, refusing directories, missing or unreadable files (UNREADABLE), files over
 * `maxBytes` (TOO_LARGE) and empty files (EMPTY).
 * @example const bytes = await readBytes('data/corpus/a.md');
 */
export async function readBytes(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new InputError(
        'UNREADABLE',
        `${path}: is a directory, not a file; pass the folder to read it all.`,
      );
    }
    if (!info.isFile())
      throw new InputError('UNREADABLE', `${path}: not a regular file; pass a file or folder.`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(path, error);
  }
  if (size > maxBytes) {
    throw new InputError(
      'TOO_LARGE',
      `${path}: ${formatMb(size)} is over the ${formatMb(maxBytes)} limit; split it or raise --max-size-mb.`,
    );
  }
  if (size === 0) throw new InputError('EMPTY', `${path}: the file is empty; nothing to extract.`);
  try {
    return await readFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file; check the path'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied; check the file permissions'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  return new InputError('UNREADABLE', `${path}: ${reason}.`, { cause: error });
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
