/**
 * Turning the paths a user gives into the list of files to read: folders are walked recursively in sorted
 * order, skipping dotfiles and the folder's own SOURCES.md / README.md; a file named explicitly is always
 * read. The list is sorted and de-duplicated so every run sees the same files in the same order.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, normalize, resolve } from 'node:path';

/** Files inside folders that describe the folder rather than being documents. */
const FOLDER_NOTES = new Set(['sources.md', 'readme.md']);

/**
 * @example await expandPaths(['data/corpus']) // ['data/corpus/2017-05-23-....md', ...]
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const given of paths) {
    const path = normalize(given);
    const isDir = await stat(path).then(
      (info) => info.isDirectory(),
      () => false,
    );
    // A missing or special path is kept: reading it reports UNREADABLE for that one file.
    if (isDir) await walk(path, found);
    else found.push(path);
  }
  const seen = new Set<string>();
  return found.sort(comparePaths).filter((path) => {
    const key = resolve(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function walk(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => comparePaths(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (!FOLDER_NOTES.has(basename(entry.name).toLowerCase())) out.push(path);
  }
}

/** Code-unit order, independent of the locale, so output is identical on every machine. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
