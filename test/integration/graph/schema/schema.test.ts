// The schema on a real Neo4j: every constraint and index exists after ensureSchema, which is idempotent,
// and the full-text index answers on an alias (a LIST<STRING> property) of a loaded entity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../../core/model/index.ts';
import type { Neo4jHandle } from '../../../../graph/connection/index.ts';
import { ENTITY_FULLTEXT_INDEX, ensureSchema, relationIdConstraint } from '../../../../graph/schema/index.ts';
import { loadCorpusOnce } from '../../../support/corpus.ts';
import { openTestDriver } from '../../../support/neo4j.ts';

let handle: Neo4jHandle;
beforeAll(async () => {
  handle = await openTestDriver();
  await loadCorpusOnce(handle);
});
afterAll(() => handle.close());

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await handle.driver.executeQuery(cypher, params, { database: handle.database });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

describe('graph schema', () => {
  it('has uniqueness constraints on entity, source document and every relationship type id', async () => {
    await ensureSchema(handle);
    const constraints = await rows(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
    );
    const byName = new Map(constraints.map((c) => [c.name, c]));
    expect(byName.get('entity_id_unique')).toMatchObject({
      type: 'UNIQUENESS',
      labelsOrTypes: ['Entity'],
      properties: ['id'],
    });
    expect(byName.get('source_document_id_unique')).toMatchObject({
      type: 'UNIQUENESS',
      labelsOrTypes: ['SourceDocument'],
    });
    for (const type of RELATION_TYPES) {
      expect(byName.get(relationIdConstraint(type)), type).toMatchObject({
        type: 'RELATIONSHIP_UNIQUENESS',
        labelsOrTypes: [type],
        properties: ['id'],
      });
    }
  });

  it('has the full-text index over names and aliases, a range index on event dates, an index on names', async () => {
    const indexes = await rows('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state');
    const byName = new Map(indexes.map((i) => [i.name, i]));
    expect(byName.get(ENTITY_FULLTEXT_INDEX)).toMatchObject({
      type: 'FULLTEXT',
      labelsOrTypes: ['Entity'],
      properties: ['name', 'aliases'],
      state: 'ONLINE',
    });
    expect(byName.get('event_date')).toMatchObject({
      type: 'RANGE',
      labelsOrTypes: ['Event'],
      properties: ['date'],
    });
    expect(byName.get('entity_name')).toMatchObject({
      type: 'RANGE',
      labelsOrTypes: ['Entity'],
      properties: ['name'],
    });
  });

  it('is idempotent: a second ensureSchema adds nothing', async () => {
    const count = async () => (await rows('SHOW CONSTRAINTS')).length + (await rows('SHOW INDEXES')).length;
    const before = await count();
    await ensureSchema(handle);
    expect(await count()).toBe(before);
  });

  it('finds an entity by an alias through the full-text index', async () => {
    const hits = await rows(
      `CALL db.index.fulltext.queryNodes($index, 'INAI') YIELD node, score RETURN node.name AS name, node.aliases AS aliases`,
      { index: ENTITY_FULLTEXT_INDEX },
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.aliases).toContain('INAI');
  });
});
