/**
 * Turns the query layer's QueryResult into the API's QueryResultResponse: the same GraphNode/GraphEdge
 * shapes as every other endpoint, so the page draws a saved query's answer like the rest of the graph.
 * Degrees and document lists come from one extra read of the nodes the answer returned.
 */
import type { QueryResult } from '../../../queries/index.ts';
import type { GraphEdge, GraphNode, QueryResultResponse } from '../../api/schema.ts';
import type { ReadContext } from './db.ts';
import { readNodes } from './graph.ts';
import { toGraphEdge, toGraphNode } from './shape.ts';

async function nodeExtras(ctx: ReadContext, ids: string[]): Promise<Map<string, GraphNode>> {
  return new Map((await readNodes(ctx, ids)).map((n) => [n.id, n]));
}

/**
 * @example const response = await toResponse(ctx, await runSavedQuery(handle, 'surveillance-chain'));
 */
export async function toResponse(ctx: ReadContext, result: QueryResult): Promise<QueryResultResponse> {
  const known = await nodeExtras(
    ctx,
    result.graph.nodes.map((n) => n.id),
  );
  const nodes: GraphNode[] = result.graph.nodes.map(
    (n) =>
      known.get(n.id) ??
      toGraphNode({ ...n.properties, id: n.id, labels: n.labels, name: n.name, degree: 0, documents: [] }),
  );
  const edges: GraphEdge[] = result.graph.relationships.map((r) => {
    const fromEvidence = r.evidence.map((e) => e.document);
    return toGraphEdge({
      ...r.properties,
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      documents: Array.isArray(r.properties.documents) ? r.properties.documents : fromEvidence,
      evidenceCount: r.properties.evidenceCount ?? r.evidence.length,
    });
  });
  return {
    columns: result.columns,
    rows: result.rows,
    graph: { nodes, edges },
    truncated: result.truncated,
    elapsedMs: result.elapsedMs,
    view: result.view,
  };
}
