/**
 * Where the local Neo4j server keeps its files. One place, so the launcher, `kg neo4j` and `openDriver`
 * agree: everything lives under `<home>/neo4j/` (git-ignored `.kg/` by default).
 */
import path from 'node:path';
import type { Config } from '../../core/config.ts';

export interface LocalPaths {
  /** `<home>/neo4j`: the launcher's HOME argument. */
  dir: string;
  data: string;
  logs: string;
  /** stdout/stderr of the Java process (the "ready" line, start-up failures). */
  launcherLog: string;
  /** Neo4j's own diagnostic log. */
  debugLog: string;
  pidFile: string;
  /** Password of user `neo4j`, mode 0600. */
  passwordFile: string;
  /** Held while a start is in progress, so two starts do not race. */
  lockDir: string;
  /** The Maven project of the launcher. */
  project: string;
}

/**
 * @example
 * const { passwordFile, logs } = localPaths(loadConfig());
 */
export function localPaths(config: Pick<Config, 'home' | 'projectRoot'>): LocalPaths {
  const dir = path.join(config.home, 'neo4j');
  const logs = path.join(dir, 'logs');
  return {
    dir,
    data: path.join(dir, 'data'),
    logs,
    launcherLog: path.join(logs, 'launcher.log'),
    debugLog: path.join(logs, 'debug.log'),
    pidFile: path.join(dir, 'neo4j.pid'),
    passwordFile: path.join(dir, 'password'),
    lockDir: path.join(dir, 'start.lock'),
    project: path.join(config.projectRoot, 'graph', 'neo4j-local'),
  };
}

/** Bolt URI of the local server (also when NEO4J_URI points kg elsewhere). */
export function localUri(config: Pick<Config, 'neo4j'>): string {
  return `bolt://127.0.0.1:${config.neo4j.localPort}`;
}
