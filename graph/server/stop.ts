/**
 * `kg neo4j stop`: SIGTERM (the launcher's shutdown hook checkpoints and closes the store), wait, SIGKILL
 * after a timeout (120 s: the first clean stop also writes the class-data archive), remove the pid file.
 */
import fs from 'node:fs';
import type { Config } from '../../core/config.ts';
import type { Logger } from '../../core/log.ts';
import { localPaths } from './paths.ts';
import { isLauncherAlive, readPid, sleep } from './process.ts';

export interface StopResult {
  wasRunning: boolean;
  pid: number | undefined;
  /** True when the server ignored SIGTERM for `timeoutMs` and was killed. */
  killed: boolean;
  elapsedMs: number;
}

/**
 * @example
 * const { wasRunning } = await stopLocalNeo4j(config, log);
 */
export async function stopLocalNeo4j(
  config: Config,
  log: Logger,
  options: { timeoutMs?: number } = {},
): Promise<StopResult> {
  const started = Date.now();
  const paths = localPaths(config);
  const pid = readPid(paths.pidFile);
  if (pid === undefined || !isLauncherAlive(pid)) {
    fs.rmSync(paths.pidFile, { force: true });
    log.info('neo4j: the local server is not running');
    return { wasRunning: false, pid: undefined, killed: false, elapsedMs: Date.now() - started };
  }
  log.info(`neo4j: stopping the local server (pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  const deadline = started + (options.timeoutMs ?? 120_000);
  while (isLauncherAlive(pid) && Date.now() < deadline) await sleep(200);
  let killed = false;
  if (isLauncherAlive(pid)) {
    log.warn(`neo4j: pid ${pid} did not stop in time; killing it`);
    process.kill(pid, 'SIGKILL');
    killed = true;
    while (isLauncherAlive(pid)) await sleep(100);
  }
  fs.rmSync(paths.pidFile, { force: true });
  const elapsedMs = Date.now() - started;
  log.info(`neo4j: stopped in ${(elapsedMs / 1000).toFixed(1)} s`);
  return { wasRunning: true, pid, killed, elapsedMs };
}
