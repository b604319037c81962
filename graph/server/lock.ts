/**
 * A start lock (a directory created atomically) so that two `kg neo4j start` — or two test runs — at the
 * same moment do not both spawn a server: the second waits, then finds the first one running.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from '../../core/errors.ts';
import { sleep } from './process.ts';

/** A lock older than this is left over from a killed start and is taken over. */
const STALE_MS = 240_000;

/**
 * @example
 * const release = await acquireLock(paths.lockDir, 300_000);
 * try { ... } finally { release(); }
 */
export async function acquireLock(lockDir: string, waitMs: number): Promise<() => void> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_MS) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new DatabaseError(
        'NEO4J_START_LOCKED',
        `neo4j: another start holds ${lockDir}; wait for it, or remove that folder if no start is running.`,
      );
    }
    await sleep(500);
  }
}
