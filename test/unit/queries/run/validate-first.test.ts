// Parameters are validated before the database is asked: with a driver pointed at a port where nothing
// listens, a bad parameter still gives its ValidationError (not a connection error).
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { runCypher, runSavedQuery } from '../../../../queries/index.ts';

const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused'), {
  connectionTimeout: 1000,
  maxConnectionPoolSize: 1,
});
const handle = { driver, database: 'neo4j' };
afterAll(() => driver.close());

describe('validation happens before the database', () => {
  it('refuses a wrong param type naming the param and type', async () => {
    await expect(runSavedQuery(handle, 'neighbourhood', { hops: 'far' })).rejects.toMatchObject({
      name: 'ValidationError',
      code: 'PARAM_INVALID',
      message: expect.stringMatching(/"hops".*int from 1 to 4/),
    });
  });

  it('refuses out-of-range, unknown and missing-query cases', async () => {
    await expect(runSavedQuery(handle, 'neighbourhood', { hops: 5 })).rejects.toMatchObject({
      code: 'PARAM_INVALID',
    });
    await expect(runSavedQuery(handle, 'neighbourhood', { colour: 'red' })).rejects.toMatchObject({
      code: 'PARAM_UNKNOWN',
    });
    await expect(runSavedQuery(handle, 'nope', {})).rejects.toMatchObject({ code: 'QUERY_NOT_FOUND' });
  });

  it('refuses statically forbidden Cypher and bad limits without connecting', async () => {
    await expect(runCypher(handle, "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).rejects.toMatchObject(
      {
        code: 'QUERY_NOT_ALLOWED',
      },
    );
    await expect(runCypher(handle, '   ')).rejects.toMatchObject({ code: 'QUERY_EMPTY' });
    await expect(runCypher(handle, 'RETURN 1', {}, { maxRows: 0, timeoutMs: 10 })).rejects.toMatchObject({
      code: 'OPTION_INVALID',
    });
  });

  it('reaches the database only for valid input (then fails to connect here)', async () => {
    await expect(runCypher(handle, 'RETURN 1', {}, { maxRows: 1, timeoutMs: 1000 })).rejects.toMatchObject({
      name: 'DatabaseError',
    });
  });
});
