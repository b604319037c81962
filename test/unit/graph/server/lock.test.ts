// The start lock: one holder at a time; a lock left by a dead process is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../../../graph/server/lock.ts';

const dirs: string[] = [];
function lockPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lock-'));
  dirs.push(dir);
  return path.join(dir, 'start.lock');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('acquireLock', () => {
  it('refuses a second holder until the first releases', async () => {
    const lock = lockPath();
    const release = await acquireLock(lock, 1_000);
    await expect(acquireLock(lock, 600)).rejects.toMatchObject({
      name: 'DatabaseError',
      code: 'NEO4J_START_LOCKED',
    });
    release();
    const again = await acquireLock(lock, 1_000);
    again();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose owner process is gone', async () => {
    const lock = lockPath();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), dead.stdout);
    const release = await acquireLock(lock, 1_000);
    expect(fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});
