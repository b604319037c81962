/**
 * Vitest global setup for the integration and e2e projects: provides ONE real Neo4j to every test.
 * Chooses (3) NEO4J_URI when set, else (2) a Docker container (@testcontainers/neo4j) when a Docker engine
 * answers, else (1) kg's local launcher on port 7688 with home `.kg/test` (reused if already running; only a
 * server started here is stopped afterwards). A database that cannot be reached FAILS the run — never skips.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, PROJECT_ROOT, type Config } from '../../core/config.ts';
import { createLogger } from '../../core/log.ts';
import { withNeo4j } from '../../graph/connection/index.ts';
import { readLocalPassword, startLocalNeo4j, stopLocalNeo4j } from '../../graph/server/index.ts';

export interface ProvidedNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Which of the three ways the database came from. */
  mode: 'uri' | 'docker' | 'local';
  /** KG_HOME used by the tests (`.kg/test`); holds the local server's files in mode 'local'. */
  home: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

export const TEST_PORT = 7688;
export const TEST_HOME = path.join(PROJECT_ROOT, '.kg', 'test');
const DOCKER_IMAGE = 'neo4j:5.26-community';

/** The config of the local test server: the usual config with home `.kg/test` and port 7688. */
export function localTestServerConfig(base: Config = loadConfig()): Config {
  return {
    ...base,
    home: TEST_HOME,
    neo4j: {
      ...base.neo4j,
      uri: `bolt://127.0.0.1:${TEST_PORT}`,
      password: undefined,
      local: true,
      localPort: TEST_PORT,
    },
  };
}

function dockerAnswers(): boolean {
  if (!fs.existsSync('/var/run/docker.sock')) return false;
  const info = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 });
  return info.error !== undefined || info.status === 0; // no CLI but a socket: let testcontainers try
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = loadConfig();
  const log = createLogger({ level: base.logLevel === 'warn' ? 'info' : base.logLevel });
  let teardown = async () => {};
  let provided: ProvidedNeo4j;
  try {
    if (!base.neo4j.local) {
      if (base.neo4j.password === undefined) throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not');
      provided = { ...base.neo4j, password: base.neo4j.password, mode: 'uri', home: TEST_HOME };
      log.info(`test setup: using NEO4J_URI ${base.neo4j.uri}`);
    } else if (dockerAnswers()) {
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      const password = randomBytes(18).toString('base64url');
      log.info(`test setup: starting ${DOCKER_IMAGE} with testcontainers…`);
      const container = await new Neo4jContainer(DOCKER_IMAGE).withPassword(password).start();
      provided = {
        uri: container.getBoltUri(),
        user: container.getUsername(),
        password,
        database: 'neo4j',
        mode: 'docker',
        home: TEST_HOME,
      };
      teardown = async () => void (await container.stop());
    } else {
      const config = localTestServerConfig(base);
      const result = await startLocalNeo4j(config, log);
      log.info(
        `test setup: local Neo4j ${result.alreadyRunning ? 'already running' : 'started'} at ${result.uri} (${(result.elapsedMs / 1000).toFixed(1)} s)`,
      );
      const password = readLocalPassword(config);
      if (password === undefined) throw new Error(`no password file under ${TEST_HOME}`);
      provided = {
        uri: result.uri,
        user: 'neo4j',
        password,
        database: base.neo4j.database,
        mode: 'local',
        home: TEST_HOME,
      };
      if (!result.alreadyRunning) teardown = async () => void (await stopLocalNeo4j(config, log));
    }
    await withNeo4j(
      { ...provided, local: provided.mode === 'local', localPort: TEST_PORT, localHeap: '1g' },
      async () => {},
    );
  } catch (error) {
    await teardown();
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `test setup: no Neo4j for the ${project.name} tests (${why}). ` +
        `${base.ci ? 'CI: failing the run. ' : ''}Fix it (Java 17 + Maven for the local server, or set NEO4J_URI) and re-run; tests that need Neo4j are never skipped.`,
      { cause: error },
    );
  }
  project.provide('neo4j', provided);
  return teardown;
}
