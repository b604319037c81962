// Expanding user paths into the files of a batch: recursive, sorted, deterministic, folder notes skipped.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../../../ingest/pipeline/index.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kg-files-'));
  await mkdir(join(root, 'b', 'deeper'), { recursive: true });
  await mkdir(join(root, '.hidden'));
  for (const file of [
    'z.md',
    'a.txt',
    'SOURCES.md',
    'README.md',
    '.draft.md',
    'b/c.html',
    'b/deeper/d.pdf',
    '.hidden/e.md',
  ]) {
    await writeFile(join(root, file), 'x');
  }
});

describe('expandPaths', () => {
  it('walks folders recursively in sorted order, skipping dotfiles and SOURCES.md / README.md', async () => {
    expect(await expandPaths([root])).toEqual(
      ['a.txt', 'b/c.html', 'b/deeper/d.pdf', 'z.md'].map((file) => join(root, file)),
    );
  });

  it('always reads a file that is named explicitly', async () => {
    expect(await expandPaths([join(root, 'README.md'), join(root, '.draft.md')])).toEqual([
      join(root, '.draft.md'),
      join(root, 'README.md'),
    ]);
  });

  it('lists a file once when it is reached twice, and keeps missing paths (to report them)', async () => {
    const missing = join(root, 'missing.md');
    expect(await expandPaths([join(root, 'b'), join(root, 'b', 'c.html'), missing])).toEqual([
      join(root, 'b', 'c.html'),
      join(root, 'b', 'deeper', 'd.pdf'),
      missing,
    ]);
  });

  it('skips SOURCES.md in the bundled corpus', async () => {
    const files = await expandPaths(['data/corpus']);
    expect(files).toHaveLength(5);
    expect(files.some((file) => file.endsWith('SOURCES.md'))).toBe(false);
  });
});
