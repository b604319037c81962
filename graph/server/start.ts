/**
 * `kg neo4j start`: builds the launcher if needed, spawns it detached (pid in `<home>/neo4j/neo4j.pid`,
 * output in `<home>/neo4j/logs/launcher.log`) and waits until Bolt answers with the stored password.
 * Idempotent: a server that is already running and answering is reported and left alone.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { Config } from '../../core/config.ts';
import { ConfigError, DatabaseError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import { ensureLauncherBuilt } from './build.ts';
import { jvmArgs } from './jvm.ts';
import { acquireLock } from './lock.ts';
import { ensureLocalPassword } from './password.ts';
import { localPaths, localUri, type LocalPaths } from './paths.ts';
import { probeLocal } from './probe.ts';
import { isLauncherAlive, logTail, portAnswers, readPid, sleep } from './process.ts';
import { localNeo4jStatus } from './status.ts';

export interface StartOptions {
  /** How long to wait for Bolt to answer (default 180 s: the first start creates the store). */
  timeoutMs?: number;
}

export interface StartResult {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
  elapsedMs: number;
  logs: string;
}

/** The line the launcher prints once Bolt listens and the password is set. */
const READY = 'kg-neo4j ready';

function failure(code: string, what: string, paths: LocalPaths): DatabaseError {
  const tail = logTail(paths.launcherLog, 15) || logTail(paths.debugLog, 15);
  return new DatabaseError(
    code,
    `neo4j: ${what}. Logs: ${paths.launcherLog} and ${paths.debugLog}.` +
      (tail ? ` Last lines:\n${tail}` : ''),
  );
}

async function waitForBolt(
  config: Config,
  pid: number,
  password: string,
  since: number,
  deadline: number,
  paths: LocalPaths,
): Promise<void> {
  let sawReady = since < 0;
  let authFailures = 0;
  while (Date.now() < deadline) {
    if (!isLauncherAlive(pid))
      throw failure('NEO4J_START_FAILED', `the local server (pid ${pid}) exited during start`, paths);
    if (!sawReady) {
      const text = fs.readFileSync(paths.launcherLog, 'utf8').slice(since);
      sawReady = text.includes(READY);
    }
    // Probe only after the ready line: earlier attempts would fail auth and trip Neo4j's rate limit.
    const answer = sawReady ? await probeLocal(config, password) : 'unavailable';
    if (answer === 'ok') return;
    authFailures = answer === 'auth' ? authFailures + 1 : 0;
    if (authFailures >= 3) {
      throw new DatabaseError(
        'NEO4J_AUTH',
        `neo4j: the local server (pid ${pid}) refuses the password in ${paths.passwordFile} (was it changed with ALTER USER?); ` +
          `delete ${paths.data}/kg-password-applied and restart (\`kg neo4j stop\`, \`kg neo4j start\`) to apply the file's password again.`,
      );
    }
    await sleep(sawReady ? 1_000 : 250);
  }
  throw failure('NEO4J_START_TIMEOUT', `the local server (pid ${pid}) did not answer Bolt in time`, paths);
}

/**
 * @example
 * const { uri, alreadyRunning } = await startLocalNeo4j(config, log);
 */
export async function startLocalNeo4j(
  config: Config,
  log: Logger,
  options: StartOptions = {},
): Promise<StartResult> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 180_000;
  const paths = localPaths(config);
  const uri = localUri(config);
  const release = await acquireLock(paths.lockDir, timeoutMs + 60_000);
  try {
    const status = await localNeo4jStatus(config);
    if (status.state === 'running' && status.pid !== undefined) {
      log.info(`neo4j: already running at ${uri} (pid ${status.pid})`);
      return {
        uri,
        pid: status.pid,
        alreadyRunning: true,
        elapsedMs: Date.now() - started,
        logs: paths.logs,
      };
    }
    if (status.state === 'starting' && status.pid !== undefined) {
      log.info(`neo4j: a server is starting (pid ${status.pid}); waiting for it`);
      await waitForBolt(config, status.pid, ensureLocalPassword(config), -1, started + timeoutMs, paths);
      return {
        uri,
        pid: status.pid,
        alreadyRunning: true,
        elapsedMs: Date.now() - started,
        logs: paths.logs,
      };
    }
    fs.rmSync(paths.pidFile, { force: true });
    if (status.portTaken) {
      throw new ConfigError(
        'PORT_IN_USE',
        `neo4j: port ${config.neo4j.localPort} on 127.0.0.1 is used by another program; stop it or choose another port with KG_NEO4J_PORT.`,
      );
    }
    const build = await ensureLauncherBuilt(config, log);
    const password = ensureLocalPassword(config);
    fs.mkdirSync(paths.logs, { recursive: true });
    const since = fs.statSync(paths.launcherLog, { throwIfNoEntry: false })?.size ?? 0;
    const out = fs.openSync(paths.launcherLog, 'a');
    const child = spawn('java', jvmArgs(config, build, paths), {
      detached: true,
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    const pid = child.pid;
    if (pid === undefined) throw failure('NEO4J_START_FAILED', 'java could not be started', paths);
    child.unref();
    fs.writeFileSync(paths.pidFile, `${pid}\n`);
    log.info(`neo4j: starting the local server at ${uri} (pid ${pid}, logs in ${paths.logs})…`);
    try {
      await waitForBolt(config, pid, password, since, started + timeoutMs, paths);
    } catch (error) {
      if (isLauncherAlive(pid)) process.kill(pid, 'SIGKILL');
      fs.rmSync(paths.pidFile, { force: true });
      throw error;
    }
    if (readPid(paths.pidFile) !== pid || !(await portAnswers(config.neo4j.localPort))) {
      throw failure('NEO4J_START_FAILED', 'the local server stopped right after starting', paths);
    }
    const elapsedMs = Date.now() - started;
    log.info(`neo4j: ready at ${uri} in ${(elapsedMs / 1000).toFixed(1)} s`);
    return { uri, pid, alreadyRunning: false, elapsedMs, logs: paths.logs };
  } finally {
    release();
  }
}
