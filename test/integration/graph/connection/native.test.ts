// toNative on values as the real server returns them: integers, temporals, nodes, relationships, paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNative, type Neo4jHandle } from '../../../../graph/connection/index.ts';
import { openTestDriver } from '../../../support/neo4j.ts';

describe('toNative on server values', () => {
  let handle: Neo4jHandle;
  beforeAll(async () => {
    handle = await openTestDriver();
  });
  afterAll(() => handle.close());

  it('converts scalars, temporals, lists and maps from a real record', async () => {
    const { records } = await handle.driver.executeQuery(
      `RETURN 42 AS n, 9007199254740993 AS big, date('2024-05-01') AS d,
              datetime('2024-05-01T10:20:30Z') AS dt, duration('P1DT2H') AS dur,
              [1, 2.5, 'x', null] AS list, {a: 1, b: {c: date('2020-01-02')}} AS map`,
      {},
      { database: handle.database },
    );
    expect(toNative(records[0])).toEqual({
      n: 42,
      big: '9007199254740993',
      d: '2024-05-01',
      dt: '2024-05-01T10:20:30Z',
      dur: 'P1DT2H',
      list: [1, 2.5, 'x', null],
      map: { a: 1, b: { c: '2020-01-02' } },
    });
  });

  it('converts a path with its nodes and relationships (in a transaction that is rolled back)', async () => {
    const session = handle.driver.session({ database: handle.database });
    const tx = await session.beginTransaction();
    try {
      const result = await tx.run(
        `CREATE p = (:KgNativeTest {name: 'a', since: date('2021-03-04')})-[:KG_LINK {w: 3}]->(:KgNativeTest {name: 'b'})
         RETURN p`,
      );
      const path = toNative(result.records[0]?.get('p')) as {
        nodes: { labels: string[]; properties: Record<string, unknown>; elementId: string }[];
        relationships: { type: string; properties: Record<string, unknown>; startNodeElementId: string }[];
      };
      expect(path.nodes.map((n) => n.properties)).toEqual([
        { name: 'a', since: '2021-03-04' },
        { name: 'b' },
      ]);
      expect(path.nodes[0]?.labels).toEqual(['KgNativeTest']);
      expect(path.relationships).toHaveLength(1);
      expect(path.relationships[0]).toMatchObject({ type: 'KG_LINK', properties: { w: 3 } });
      expect(path.relationships[0]?.startNodeElementId).toBe(path.nodes[0]?.elementId);
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});
