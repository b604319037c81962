/**
 * `kg up` as `npm start` runs it (without the page build): against the test database it prints the URL
 * exactly as `http://127.0.0.1:PORT/` on its own line, serves the API there, and stops cleanly on SIGINT.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../core/config.ts';

function testEnv(): NodeJS.ProcessEnv {
  const neo = inject('neo4j');
  const env: NodeJS.ProcessEnv = { ...process.env, KG_HOME: neo.home, KG_LOG_LEVEL: 'warn' };
  if (neo.mode === 'local') {
    env.KG_NEO4J_PORT = new URL(neo.uri).port;
    delete env.NEO4J_URI;
  } else {
    Object.assign(env, {
      NEO4J_URI: neo.uri,
      NEO4J_USER: neo.user,
      NEO4J_PASSWORD: neo.password,
      NEO4J_DATABASE: neo.database,
    });
  }
  return env;
}

describe('kg up', () => {
  it('prints the URL on its own line, serves the API, and stops on SIGINT', async () => {
    const child = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, 'bin', 'kg.js'), 'up', '--port', '0', '--no-ingest', '--no-open'],
      { cwd: PROJECT_ROOT, env: testEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const line = stdout.split('\n').find((l) => l.startsWith('http'));
          if (line !== undefined) resolve(line);
        });
        void exited.then((code) => reject(new Error(`kg up exited with ${code}: ${stderr}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const health = await fetch(url + 'api/health');
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, neo4j: { connected: true } });
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      await expect(fetch(url + 'api/health')).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
