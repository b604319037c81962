/**
 * A start lock (a directory created atomically) so that two `kg neo4j start` — or two test runs — at the
 * same moment do not both spawn a server: the second waits, then finds the first one running. The lock
 * holds its owner's pid, so a lock left by a killed start is taken over at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from '../../core/errors.ts';
import { sleep } from './process.ts';

/** A lock older than this is taken over even if its owner seems alive. */
const STALE_MS = 240_000;

function ownerGone(lockDir: string): boolean {
  const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

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
      fs.writeFileSync(path.join(lockDir, 'pid'), `${process.pid}\n`);
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    let gone = false;
    try {
      gone = ownerGone(lockDir);
    } catch {
      // pid file not written yet (the owner is between mkdir and write) or already removed
    }
    if (gone || age > STALE_MS) {
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
