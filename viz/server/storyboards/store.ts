/**
 * Storyboards as JSON files in `data/storyboards/<name>.json`, so they live in the project and in git.
 * Names are validated as slugs before they touch the file system (never a path), files are validated with
 * the API schema when read, and writes are atomic (temp file + rename) so a crash never leaves half a file.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ValidationError } from '../../../core/errors.ts';
import type { Logger } from '../../../core/log.ts';
import { Storyboard, StoryboardName } from '../../api/schema.ts';
import { NotFoundError, validationError } from '../errors.ts';

export interface StoryboardStore {
  list(): Promise<{ name: string; title: string; steps: number }[]>;
  get(name: string): Promise<Storyboard>;
  put(board: Storyboard): Promise<Storyboard>;
}

function checkName(name: string): string {
  const parsed = StoryboardName.safeParse(name);
  if (!parsed.success) throw validationError(`storyboard name "${name.slice(0, 80)}"`, parsed.error);
  return parsed.data;
}

/**
 * @example const store = storyboardStore(path.join(config.projectRoot, 'data/storyboards'), log);
 * await store.put({ name: 'story', title: 'The story', steps: [...] });
 */
export function storyboardStore(dir: string, log: Logger): StoryboardStore {
  const fileOf = (name: string) => path.join(dir, `${checkName(name)}.json`);

  async function read(name: string): Promise<Storyboard> {
    let text: string;
    try {
      text = await readFile(fileOf(name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new NotFoundError(
          'STORYBOARD_NOT_FOUND',
          `storyboards: no storyboard named "${name}" in ${dir}.`,
        );
      }
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ValidationError(
        'STORYBOARD_INVALID',
        `storyboards: ${fileOf(name)} is not valid JSON; fix or delete it.`,
      );
    }
    const parsed = Storyboard.safeParse(json);
    if (!parsed.success) throw validationError(`storyboards: ${fileOf(name)}`, parsed.error);
    return parsed.data;
  }

  return {
    async list() {
      let files: string[];
      try {
        files = await readdir(dir);
      } catch {
        return [];
      }
      const out: { name: string; title: string; steps: number }[] = [];
      for (const file of files.sort()) {
        const name = file.replace(/\.json$/, '');
        if (!file.endsWith('.json') || !StoryboardName.safeParse(name).success) continue;
        try {
          const board = await read(name);
          out.push({ name, title: board.title, steps: board.steps.length });
        } catch (error) {
          log.warn('storyboards: skipping an invalid file', { file, error: String(error) });
        }
      }
      return out;
    },
    get: read,
    async put(board) {
      const file = fileOf(board.name);
      await mkdir(dir, { recursive: true });
      const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temp, JSON.stringify(board, null, 2) + '\n', 'utf8');
      await rename(temp, file);
      return board;
    },
  };
}
