/**
 * `kg neo4j status`: is the local server running (our pid alive), answering Bolt, or stopped — and is the
 * port taken by something else.
 */
import type { Config } from '../../core/config.ts';
import { localPaths, localUri } from './paths.ts';
import { readLocalPassword } from './password.ts';
import { probeLocal } from './probe.ts';
import { isLauncherAlive, portAnswers, readPid } from './process.ts';

export interface LocalStatus {
  /** running: answers Bolt; starting: our process is up but Bolt does not answer yet; stopped: no process. */
  state: 'running' | 'starting' | 'stopped';
  pid: number | undefined;
  uri: string;
  port: number;
  home: string;
  logs: string;
  /** Stopped, yet something else accepts connections on the port. */
  portTaken: boolean;
}

/**
 * @example
 * const s = await localNeo4jStatus(config); // { state: 'running', pid: 4242, uri: 'bolt://127.0.0.1:7687', ... }
 */
export async function localNeo4jStatus(config: Config): Promise<LocalStatus> {
  const paths = localPaths(config);
  const base = { uri: localUri(config), port: config.neo4j.localPort, home: paths.dir, logs: paths.logs };
  const pid = readPid(paths.pidFile);
  if (pid === undefined || !isLauncherAlive(pid)) {
    const portTaken = await portAnswers(config.neo4j.localPort);
    return { ...base, state: 'stopped', pid: undefined, portTaken };
  }
  const password = readLocalPassword(config);
  const answer = password === undefined ? 'auth' : await probeLocal(config, password);
  return { ...base, state: answer === 'ok' ? 'running' : 'starting', pid, portTaken: false };
}
