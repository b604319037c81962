// Bad input: every refusal has its code, names the file, and is an InputError.
import { mkdir, mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../../ingest/read/index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-bad-'));
});

async function refusal(
  path: string,
  maxBytes?: number,
): Promise<{ name: string; code: string; message: string }> {
  try {
    await readDocument(path, { maxBytes });
  } catch (error) {
    return error as { name: string; code: string; message: string };
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('readDocument refuses bad input', () => {
  it.each([
    ['an empty file', 'EMPTY', 'test/fixtures/bad/empty.md'],
    ['a whitespace-only file', 'EMPTY', 'test/fixtures/bad/whitespace-only.txt'],
    ['a file with NUL bytes', 'BINARY', 'test/fixtures/bad/nul-bytes.txt'],
    ['bytes that no encoding decodes cleanly', 'ENCODING', 'test/fixtures/bad/undecodable.txt'],
    ['an unsupported extension', 'UNSUPPORTED', 'test/fixtures/bad/notes.docx'],
    ['a missing file', 'UNREADABLE', 'test/fixtures/bad/does-not-exist.md'],
    ['a broken PDF', 'PDF_INVALID', 'test/fixtures/bad/broken.pdf'],
  ])('%s → %s', async (_label, code, path) => {
    const error = await refusal(path);
    expect(error.name).toBe('InputError');
    expect(error.code).toBe(code);
    expect(error.message.startsWith(path)).toBe(true);
  });

  it('refuses mostly-control-character bytes without NULs as BINARY', async () => {
    const path = join(dir, 'controls.txt');
    const bytes = Buffer.alloc(4096, 0x41);
    for (let i = 0; i < bytes.length; i += 7) bytes[i] = 0x01 + (i % 8);
    await writeFile(path, bytes);
    expect((await refusal(path)).code).toBe('BINARY');
  });

  it('refuses random bytes named .txt', async () => {
    const path = join(dir, 'random.txt');
    const bytes = Buffer.alloc(8192);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    await writeFile(path, bytes);
    expect(['BINARY', 'ENCODING']).toContain((await refusal(path)).code);
  });

  it('refuses a file over the default 20 MB limit as TOO_LARGE without reading it (sparse file)', async () => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(21 * 1024 * 1024);
    await handle.close();
    expect((await refusal(path)).code).toBe('TOO_LARGE');
  });

  it('takes the size limit as a parameter', async () => {
    const path = join(dir, 'small.md');
    await writeFile(path, 'A sentence of forty bytes or so, really.');
    expect((await refusal(path, 10)).code).toBe('TOO_LARGE');
    await expect(readDocument(path, { maxBytes: 1000 })).resolves.toMatchObject({ format: 'md' });
  });

  it('refuses a directory (even one named like a document) as UNREADABLE', async () => {
    const path = join(dir, 'folder.md');
    await mkdir(path);
    expect((await refusal(path)).code).toBe('UNREADABLE');
  });
});
