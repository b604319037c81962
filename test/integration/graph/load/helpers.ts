// Small read helpers for the load tests: run a query, count, and read every relationship with its evidence.
import type { Neo4jHandle } from '../../../../graph/connection/index.ts';
import { toNative } from '../../../../graph/connection/index.ts';

export async function rows(
  handle: Neo4jHandle,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Array<Record<string, unknown>>> {
  const { records } = await handle.driver.executeQuery(cypher, params, { database: handle.database });
  return records.map((r) => toNative(r) as Record<string, unknown>);
}

export async function count(
  handle: Neo4jHandle,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<number> {
  const [first] = await rows(handle, cypher, params);
  return Number(Object.values(first ?? {})[0] ?? 0);
}

/** Nodes, relationships, and the total evidence items over all relationships: what must not change on a re-load. */
export async function snapshot(handle: Neo4jHandle) {
  return {
    nodes: await count(handle, 'MATCH (n) RETURN count(n)'),
    relationships: await count(handle, 'MATCH ()-[r]->() RETURN count(r)'),
    evidence: await count(handle, 'MATCH ()-[r]->() RETURN sum(r.evidenceCount)'),
    aliases: await count(handle, 'MATCH (n:Entity) RETURN sum(size(n.aliases))'),
    mentions: await count(handle, 'MATCH (n:Entity) RETURN sum(n.mentions)'),
  };
}
