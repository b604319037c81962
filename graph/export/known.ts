/**
 * The entities already in the graph, in the shared model's shape, so extraction can reuse their ids when a
 * new document names the same real-world entity (`kg ingest` passes them to `extractPaths` as `known`).
 */
import { ENTITY_TYPES, Entity } from '../../core/model/index.ts';
import { toNative, type Neo4jHandle } from '../connection/index.ts';

const ENTITIES = `
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l IN $types][0] AS type, n.name AS name,
  coalesce(n.aliases, []) AS aliases, n.kind AS kind, n.date AS date, coalesce(n.mentions, 0) AS mentions
ORDER BY id`;

/**
 * @example const known = await readKnownEntities(handle); await extractPaths(paths, { known });
 */
export async function readKnownEntities(handle: Neo4jHandle): Promise<Entity[]> {
  try {
    const { records } = await handle.driver.executeQuery(
      ENTITIES,
      { types: [...ENTITY_TYPES] },
      { database: handle.database, routing: 'READ' },
    );
    const entities: Entity[] = [];
    for (const record of records) {
      const row = toNative(record) as Record<string, unknown>;
      const parsed = Entity.safeParse({
        ...row,
        kind: row.kind ?? undefined,
        date: row.date ?? undefined,
      });
      if (parsed.success) entities.push(parsed.data);
    }
    return entities;
  } catch (error) {
    throw handle.toError(error);
  }
}
