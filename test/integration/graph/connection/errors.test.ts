// Error mapping against the real server: each failure becomes one DatabaseError code naming the URI.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver, withNeo4j, type Neo4jHandle } from '../../../../graph/connection/index.ts';
import { openTestDriver, testConfig } from '../../../support/neo4j.ts';

/** A port nothing listens on: bind an ephemeral port, then release it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('openDriver against the real Neo4j', () => {
  let handle: Neo4jHandle;
  beforeAll(async () => {
    handle = await openTestDriver();
  });
  afterAll(() => handle.close());

  it('verifies and runs a query with the provided credentials', async () => {
    const { records } = await handle.driver.executeQuery(
      'RETURN 1 + 1 AS two',
      {},
      { database: handle.database },
    );
    expect(records[0]?.get('two').toNumber()).toBe(2);
  });

  it('shares one driver between handles with the same credentials', async () => {
    const second = await openDriver(testConfig());
    expect(second.driver).toBe(handle.driver);
    await second.close();
    await handle.verify(); // the first handle still works after the second closed
  });

  it('maps a wrong password to NEO4J_AUTH', async () => {
    const config = testConfig();
    const wrong = { ...config, neo4j: { ...config.neo4j, password: 'not-the-password' } };
    await expect(withNeo4j(wrong, async () => 'unreachable')).rejects.toMatchObject({
      name: 'DatabaseError',
      code: 'NEO4J_AUTH',
      retriable: false,
    });
  });

  it('maps a closed port to NEO4J_UNAVAILABLE, naming the URI and keeping the cause', async () => {
    const config = testConfig();
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const error = await withNeo4j({ ...config, neo4j: { ...config.neo4j, uri } }, async () => 1).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'DatabaseError', code: 'NEO4J_UNAVAILABLE', retriable: true });
    expect((error as Error).message).toContain(uri);
    expect((error as Error).cause).toBeDefined();
  });

  it('maps an unknown database to NEO4J_DATABASE_NOT_FOUND', async () => {
    const config = testConfig();
    const missing = { ...config, neo4j: { ...config.neo4j, database: 'nosuchdatabase' } };
    await expect(withNeo4j(missing, async () => 1)).rejects.toMatchObject({
      name: 'DatabaseError',
      code: 'NEO4J_DATABASE_NOT_FOUND',
    });
  });

  it('asks for `kg neo4j start` when the local server has no password file yet', async () => {
    const config = testConfig();
    const fresh = {
      ...config,
      home: '/nonexistent/kg-home',
      neo4j: { ...config.neo4j, password: undefined, local: true },
    };
    await expect(openDriver(fresh)).rejects.toMatchObject({
      name: 'ConfigError',
      code: 'NEO4J_PASSWORD_MISSING',
    });
  });
});
