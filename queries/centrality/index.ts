/**
 * Centrality computed in TypeScript because Neo4j Community has no graph-algorithm plugin: the saved
 * query returns the relationships to consider, graphology builds an undirected simple graph of them, and
 * graphology-metrics gives each node its degree (distinct neighbours) and normalised betweenness. The
 * answer lists actors (people and organisations) by betweenness, then degree.
 */
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { ParamValue } from '../library/params.ts';
import type { QueryResult } from '../run/result.ts';

// A CommonJS module whose typings declare a default export: at runtime the module itself is the function.
const betweennessCentrality = (betweennessModule.default ??
  betweennessModule) as typeof betweennessModule.default;

/** Node types that count as actors in the ranking (documents and places only carry paths between them). */
const ACTOR_TYPES = new Set(['Person', 'Organization']);

export interface CentralityRow {
  name: string;
  type: string;
  degree: number;
  betweenness: number;
  id: string;
}

/**
 * Degree and betweenness of every node of a result's graph part.
 * @example centralityOf(result.graph).get('ent:org:nosc') // → { degree: 14, betweenness: 0.31 }
 */
export function centralityOf(
  graph: QueryResult['graph'],
): Map<string, { degree: number; betweenness: number }> {
  const g = new UndirectedGraph();
  for (const n of graph.nodes) g.mergeNode(n.id);
  for (const r of graph.relationships) {
    if (r.source === r.target) continue;
    g.mergeNode(r.source);
    g.mergeNode(r.target);
    g.mergeEdge(r.source, r.target);
  }
  const between = betweennessCentrality(g, { normalized: true });
  const out = new Map<string, { degree: number; betweenness: number }>();
  g.forEachNode((id) => out.set(id, { degree: g.degree(id), betweenness: between[id] ?? 0 }));
  return out;
}

/**
 * Replaces a result's rows with the ranking; the graph part keeps every node, with `degree` and
 * `betweenness` added to its properties so the viewer can size nodes by them.
 * @param params the query's resolved params; `limit` (int) caps the ranking.
 */
export function computeCentrality(result: QueryResult, params: Record<string, ParamValue>): QueryResult {
  const scores = centralityOf(result.graph);
  const limit = typeof params.limit === 'number' ? params.limit : 20;
  const nodes = result.graph.nodes.map((n) => ({
    ...n,
    properties: { ...n.properties, ...(scores.get(n.id) ?? { degree: 0, betweenness: 0 }) },
  }));
  const rows: CentralityRow[] = nodes
    .filter((n) => ACTOR_TYPES.has(n.type))
    .map((n) => {
      const s = scores.get(n.id) ?? { degree: 0, betweenness: 0 };
      return { name: n.name, type: n.type, degree: s.degree, betweenness: round(s.betweenness), id: n.id };
    })
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.name.localeCompare(b.name))
    .slice(0, limit);
  return {
    ...result,
    columns: ['name', 'type', 'degree', 'betweenness', 'id'],
    rows: rows.map((r) => ({ ...r })),
    graph: { nodes, relationships: result.graph.relationships },
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
