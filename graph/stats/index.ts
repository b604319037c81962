/**
 * Counts of what is in the graph: nodes by label, relationships by type, source documents, and how many
 * relationships are backed by evidence from two or more documents. Read-only; used by `kg stats`.
 */
import { toNative, type Neo4jHandle } from '../connection/index.ts';

export interface GraphStats {
  nodes: number;
  relationships: number;
  documents: number;
  entities: number;
  /** Nodes per label (a node with two labels counts under both). */
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
  /** Relationships whose evidence comes from at least two source documents. */
  corroborated: number;
}

const LABELS = 'MATCH (n) UNWIND labels(n) AS label RETURN label AS key, count(*) AS count ORDER BY key';
const TYPES = 'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key';
const TOTALS = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[r]->() WHERE size(coalesce(r.documents, [])) >= 2 RETURN count(r) AS corroborated }
RETURN nodes, relationships, corroborated`;

/**
 * @example const { labels } = await graphStats(handle); labels.Person
 */
export async function graphStats(handle: Neo4jHandle): Promise<GraphStats> {
  const run = async (cypher: string) => {
    try {
      const { records } = await handle.driver.executeQuery(
        cypher,
        {},
        { database: handle.database, routing: 'READ' },
      );
      return records.map((r) => toNative(r) as Record<string, unknown>);
    } catch (error) {
      throw handle.toError(error);
    }
  };
  const counts = (rows: Array<Record<string, unknown>>) =>
    Object.fromEntries(rows.map((r) => [String(r.key), Number(r.count)]));
  const labels = counts(await run(LABELS));
  const relationshipTypes = counts(await run(TYPES));
  const totals = (await run(TOTALS))[0] ?? {};
  return {
    nodes: Number(totals.nodes ?? 0),
    relationships: Number(totals.relationships ?? 0),
    documents: labels.SourceDocument ?? 0,
    entities: labels.Entity ?? 0,
    labels,
    relationshipTypes,
    corroborated: Number(totals.corroborated ?? 0),
  };
}
