// The extraction file: atomic, validated writes and validated reads.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../core/model/index.ts';
import { readExtraction, writeExtraction } from '../../../../ingest/index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-store-'));
});

const GOOD: Extraction = {
  documents: [
    {
      id: 'doc:0123456789abcdef',
      path: 'a.md',
      title: 'A',
      date: '2017-05-23',
      kind: 'press_release',
      sha256: '0123456789abcdef'.repeat(4),
      format: 'md',
      text: 'SFP left.',
    },
  ],
  entities: [
    { id: 'org:sfp', type: 'Organization', name: 'SFP', aliases: ['SFP'], kind: 'government', mentions: 1 },
  ],
  relations: [],
  mentions: [{ entity: 'org:sfp', document: 'doc:0123456789abcdef', start: 0, end: 3, text: 'SFP' }],
  failures: [],
};

describe('writeExtraction / readExtraction', () => {
  it('round-trips an extraction', async () => {
    const file = join(dir, 'graph.json');
    await writeExtraction(file, GOOD);
    expect(await readExtraction(file)).toEqual(GOOD);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing (and keeps the old file) when the extraction does not validate', async () => {
    const file = join(dir, 'kept.json');
    await writeFile(file, 'old content');
    const bad = { ...GOOD, entities: [{ ...GOOD.entities[0], type: 'Spaceship' }] } as unknown as Extraction;
    await expect(writeExtraction(file, bad)).rejects.toMatchObject({
      name: 'ValidationError',
      code: 'EXTRACTION_INVALID',
    });
    await expect(writeExtraction(join(dir, 'new.json'), bad)).rejects.toMatchObject({
      code: 'EXTRACTION_INVALID',
    });
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect((await readdir(dir)).sort()).toEqual(['graph.json', 'kept.json']);
  });

  it('reports a folder that does not exist as WRITE_FAILED and leaves no temp file', async () => {
    await expect(writeExtraction(join(dir, 'no-such-folder', 'g.json'), GOOD)).rejects.toMatchObject({
      code: 'WRITE_FAILED',
    });
  });

  it.each([
    ['EXTRACTION_JSON', 'bad.json', '{ "documents": [ '],
    [
      'EXTRACTION_INVALID',
      'wrong.json',
      JSON.stringify({ ...GOOD, relations: [{ id: 'r', type: 'LIKES' }] }),
    ],
    ['UNREADABLE', 'absent.json', null],
  ])('refuses to read %s', async (code, name, content) => {
    const file = join(dir, name);
    if (content !== null) await writeFile(file, content);
    await expect(readExtraction(file)).rejects.toMatchObject({ name: 'InputError', code });
  });
});
