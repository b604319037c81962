import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../core/log.ts';
import { storyboardStore } from '../../../../viz/server/storyboards/store.ts';
import type { Storyboard } from '../../../../viz/api/schema.ts';

const board: Storyboard = {
  name: 'the-story',
  title: 'The story',
  steps: [{ title: 'Withdrawal', caption: 'The core group leaves.', sources: ['doc:0123456789abcdef'] }],
};

describe('storyboardStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kg-storyboards-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes, reads back and lists a storyboard, leaving no temp file', async () => {
    const store = storyboardStore(path.join(dir, 'boards'), silentLogger);
    await store.put(board);
    expect(await store.get('the-story')).toEqual(board);
    expect(await store.list()).toEqual([{ name: 'the-story', title: 'The story', steps: 1 }]);
    expect(await readdir(path.join(dir, 'boards'))).toEqual(['the-story.json']);
    expect(JSON.parse(await readFile(path.join(dir, 'boards', 'the-story.json'), 'utf8'))).toEqual(board);
  });

  it.each(['../x', 'a/b', '..', 'UPPER', '', 'x'.repeat(65), 'name.json'])(
    'refuses the name %j',
    async (name) => {
      const store = storyboardStore(dir, silentLogger);
      await expect(store.get(name)).rejects.toMatchObject({ name: 'ValidationError' });
      await expect(store.put({ ...board, name })).rejects.toMatchObject({ name: 'ValidationError' });
    },
  );

  it('answers NotFoundError for a missing storyboard', async () => {
    await expect(storyboardStore(dir, silentLogger).get('nothing')).rejects.toMatchObject({
      code: 'STORYBOARD_NOT_FOUND',
    });
  });

  it('skips invalid files in the list and reports them when read', async () => {
    await writeFile(path.join(dir, 'broken.json'), '{ not json');
    await writeFile(path.join(dir, 'empty.json'), JSON.stringify({ name: 'empty', title: 'x', steps: [] }));
    const store = storyboardStore(dir, silentLogger);
    await store.put(board);
    expect((await store.list()).map((b) => b.name)).toEqual(['the-story']);
    await expect(store.get('broken')).rejects.toMatchObject({ code: 'STORYBOARD_INVALID' });
    await expect(store.get('empty')).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
