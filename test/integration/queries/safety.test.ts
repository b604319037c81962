// The runner is read-only and bounded: every write attempt is refused and changes nothing, long queries
// stop at the timeout, the row cap sets `truncated`, syntax errors carry their position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jHandle } from '../../../graph/connection/index.ts';
import { runCypher, type CypherSyntaxError } from '../../../queries/index.ts';
import { loadCorpusOnce } from '../../support/corpus.ts';
import { openTestDriver } from '../../support/neo4j.ts';

let handle: Neo4jHandle;
beforeAll(async () => {
  handle = await openTestDriver();
  await loadCorpusOnce(handle);
});
afterAll(() => handle.close());

/** What a write would change: node, relationship, label, property and index counts. */
async function footprint(): Promise<string> {
  const one = async (cypher: string) => {
    const { records } = await handle.driver.executeQuery(cypher, {}, { database: handle.database });
    return JSON.stringify(records.map((r) => r.toObject()));
  };
  return [
    await one('MATCH (n) RETURN count(n) AS nodes'),
    await one('MATCH ()-[r]->() RETURN count(r) AS rels'),
    await one('MATCH (n) RETURN sum(size(keys(n))) AS props'),
    await one('CALL db.labels() YIELD label RETURN collect(label) AS labels'),
    await one('CALL db.propertyKeys() YIELD propertyKey RETURN count(propertyKey) AS keys'),
    await one('SHOW INDEXES YIELD name RETURN count(name) AS indexes'),
    await one('SHOW CONSTRAINTS YIELD name RETURN count(name) AS constraints'),
    await one('SHOW USERS YIELD user RETURN count(user) AS users').catch(() => 'n/a'),
  ].join(' ');
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return `${(error as Error).name}:${(error as { code?: string }).code}`;
  }
  return 'no error';
}

describe('runCypher refuses writes and changes nothing', () => {
  const attempts: [string, string][] = [
    ['CREATE (n:Hacked {id: "x"}) RETURN n', 'QUERY_NOT_READ_ONLY'],
    ['MERGE (n:Entity {id: "hacked"}) RETURN n', 'QUERY_NOT_READ_ONLY'],
    ['MATCH (n:Person) SET n.name = "hacked" RETURN n', 'QUERY_NOT_READ_ONLY'],
    ['MATCH (n:Person) REMOVE n.name RETURN n', 'QUERY_NOT_READ_ONLY'],
    ['MATCH ()-[r:SIGNED]->() DELETE r', 'QUERY_NOT_READ_ONLY'],
    ['MATCH (n) DETACH DELETE n', 'QUERY_NOT_READ_ONLY'],
    ['MATCH (n:Person) WITH n LIMIT 1 CREATE (n)-[:KNOWS]->(:Hacked)', 'QUERY_NOT_READ_ONLY'],
    ["CALL db.createLabel('Hacked')", 'QUERY_NOT_READ_ONLY'],
    ["CALL db.createProperty('hacked')", 'QUERY_NOT_READ_ONLY'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'QUERY_NOT_ALLOWED'],
    ['CREATE INDEX hacked IF NOT EXISTS FOR (n:Person) ON (n.hacked)', 'QUERY_NOT_READ_ONLY'],
    ['DROP CONSTRAINT entity_id_unique', 'QUERY_NOT_READ_ONLY'],
    ['CALL { CREATE (:Hacked) } IN TRANSACTIONS', 'QUERY_NOT_READ_ONLY'],
    [
      'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Hacked {i: i}) } IN TRANSACTIONS OF 1 ROW',
      'QUERY_NOT_READ_ONLY',
    ],
    ['CALL dbms.setConfigValue("db.logs.query.enabled", "OFF")', 'QUERY_NOT_READ_ONLY'],
    ['USE system CREATE USER hacker SET PASSWORD "x"', 'QUERY_NOT_ALLOWED'],
    ['CREATE USER hacker SET PASSWORD "secret-password"', 'QUERY_NOT_READ_ONLY'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'QUERY_NOT_READ_ONLY'],
    ['SHOW USERS', 'QUERY_NOT_READ_ONLY'],
  ];

  for (const [cypher, code] of attempts) {
    it(`refuses: ${cypher.slice(0, 60)}`, async () => {
      const before = await footprint();
      const got = await codeOf(runCypher(handle, cypher, {}, { timeoutMs: 10_000, maxRows: 10 }));
      const refused = got === `QueryError:${code}` || got === 'QueryError:QUERY_NOT_READ_ONLY';
      expect(refused, got).toBe(true);
      expect(await footprint()).toBe(before);
    });
  }

  it('passes values as parameters, never into the text', async () => {
    const r = await runCypher(handle, 'MATCH (e:Entity) WHERE e.name = $name RETURN e', {
      name: "x' OR 1=1 //",
    });
    expect(r.rows).toEqual([]);
  });
});

describe('runCypher limits', () => {
  it('stops a query that runs past the timeout', async () => {
    const cypher = 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n';
    const started = Date.now();
    expect(await codeOf(runCypher(handle, cypher, {}, { timeoutMs: 500, maxRows: 10 }))).toBe(
      'QueryError:QUERY_TIMEOUT',
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('caps rows and says the answer was truncated', async () => {
    const cut = await runCypher(
      handle,
      'UNWIND range(1, 20) AS i RETURN i',
      {},
      { maxRows: 5, timeoutMs: 5000 },
    );
    expect(cut.rows).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }, { i: 4 }, { i: 5 }]);
    expect(cut.truncated).toBe(true);
    const whole = await runCypher(
      handle,
      'UNWIND range(1, 20) AS i RETURN i',
      {},
      { maxRows: 20, timeoutMs: 5000 },
    );
    expect(whole.rows).toHaveLength(20);
    expect(whole.truncated).toBe(false);
  });

  it('reports syntax errors with Neo4j message and position in the text the user wrote', async () => {
    const one = await runCypher(handle, 'MATCH (n RETURN n').catch((e: CypherSyntaxError) => e);
    expect(one).toMatchObject({ name: 'QueryError', code: 'QUERY_SYNTAX' });
    expect((one as CypherSyntaxError).position).toEqual({ line: 1, column: 10, offset: 9 });
    expect((one as CypherSyntaxError).message).toMatch(/Invalid input 'RETURN'/);
    const two = await runCypher(handle, 'MATCH (n)\nRETRUN n').catch((e: CypherSyntaxError) => e);
    expect(two).toMatchObject({ code: 'QUERY_SYNTAX' });
    expect((two as CypherSyntaxError).position).toMatchObject({ line: 2, column: 1 });
  });

  it('converts whole-number params to integers so LIMIT $n works', async () => {
    const r = await runCypher(handle, 'MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT $n', {
      n: 3,
    });
    expect(r.rows).toHaveLength(3);
  });
});
