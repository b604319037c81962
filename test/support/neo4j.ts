/**
 * What integration and e2e tests use to reach the database provided by test/setup/neo4j.ts.
 */
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../core/config.ts';
import { openDriver, type Neo4jHandle } from '../../graph/connection/index.ts';

/**
 * The normal config, pointed at the test database (home `.kg/test`).
 * @example
 * const config = testConfig();
 */
export function testConfig(): Config {
  const neo = inject('neo4j');
  const base = loadConfig();
  return {
    ...base,
    home: neo.home,
    neo4j: {
      ...base.neo4j,
      uri: neo.uri,
      user: neo.user,
      password: neo.password,
      database: neo.database,
      local: neo.mode === 'local',
      localPort: neo.mode === 'local' ? Number(new URL(neo.uri).port) : base.neo4j.localPort,
    },
  };
}

/**
 * A driver handle on the test database; close it in `afterAll`.
 * @example
 * let handle: Neo4jHandle;
 * beforeAll(async () => { handle = await openTestDriver(); });
 * afterAll(() => handle.close());
 */
export async function openTestDriver(): Promise<Neo4jHandle> {
  const handle = await openDriver(testConfig());
  await handle.verify();
  return handle;
}
