/**
 * The network the page draws: the whole graph when it is small, else a window of the top-N nodes by degree
 * (ties by id, so the window is stable) with every edge among them. Type filters come from the closed
 * vocabulary (validated by the API schema) and reach Cypher as parameters, never as text.
 */
import { ENTITY_LABEL, RELATION_TYPES, SOURCE_DOCUMENT_LABEL } from '../../../core/model/index.ts';
import type { GraphEdge, GraphNode, GraphResponse } from '../../api/schema.ts';
import { readRows, type ReadContext } from './db.ts';
import {
  degreeOf,
  edgeProjection,
  nodeProjection,
  toGraphEdge,
  toGraphNode,
  type EdgeRow,
  type NodeRow,
} from './shape.ts';

export interface GraphOptions {
  limit: number;
  types?: string[] | undefined;
  relTypes?: string[] | undefined;
  /** Include source-document nodes (default true); MENTIONS edges only when relTypes lists them. */
  documents?: boolean | undefined;
}

/** Relationship types to draw: the requested ones, else all but MENTIONS (provenance, shown as evidence). */
export function relTypesFor(opts: Pick<GraphOptions, 'relTypes'>): string[] {
  if (opts.relTypes && opts.relTypes.length > 0) return opts.relTypes;
  return RELATION_TYPES.filter((t) => t !== 'MENTIONS');
}

const NODE_FILTER = `(n:${ENTITY_LABEL} OR ($docs AND n:${SOURCE_DOCUMENT_LABEL}))
  AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))`;

/**
 * @example const g = await readGraph(ctx, { limit: 2000, types: ['Person', 'Organization'] });
 */
export async function readGraph(ctx: ReadContext, opts: GraphOptions): Promise<GraphResponse> {
  const params = {
    docs: opts.documents !== false,
    types: opts.types && opts.types.length > 0 ? opts.types : null,
    limit: opts.limit,
  };
  const [counts] = await readRows<{ nodes: number }>(
    ctx,
    `MATCH (n) WHERE ${NODE_FILTER} RETURN count(n) AS nodes`,
    params,
  );
  const totalNodes = counts?.nodes ?? 0;
  const picked = await readRows<{ id: string }>(
    ctx,
    `MATCH (n) WHERE ${NODE_FILTER}
     WITH n, ${degreeOf('n')} AS degree
     ORDER BY degree DESC, n.id
     LIMIT $limit
     RETURN n.id AS id`,
    params,
  );
  const sub = await readSubgraph(
    ctx,
    picked.map((p) => p.id),
    relTypesFor(opts),
  );
  const [edgeCount] = await readRows<{ edges: number }>(
    ctx,
    `MATCH (a)-[r]->(b) WHERE type(r) IN $rels
       AND (a:${ENTITY_LABEL} OR ($docs AND a:${SOURCE_DOCUMENT_LABEL}))
       AND ($types IS NULL OR (any(l IN labels(a) WHERE l IN $types) AND any(l IN labels(b) WHERE l IN $types)))
     RETURN count(r) AS edges`,
    { ...params, rels: relTypesFor(opts) },
  );
  return {
    ...sub,
    truncated: totalNodes > picked.length,
    total: { nodes: totalNodes, edges: edgeCount?.edges ?? sub.edges.length },
  };
}

/**
 * The nodes with these ids (entities or source documents) and every relationship of the given types
 * among them.
 */
export async function readSubgraph(
  ctx: ReadContext,
  ids: string[],
  rels: readonly string[],
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  if (ids.length === 0) return { nodes: [], edges: [] };
  const nodeRows = await readRows<{ n: NodeRow }>(
    ctx,
    `UNWIND $ids AS id
     CALL (id) {
       MATCH (n:${ENTITY_LABEL} {id: id}) RETURN n
       UNION
       MATCH (n:${SOURCE_DOCUMENT_LABEL} {id: id}) RETURN n
     }
     RETURN ${nodeProjection('n')} AS n`,
    { ids },
  );
  const edgeRows = await readRows<{ e: EdgeRow }>(
    ctx,
    `WITH $ids AS ids
     UNWIND ids AS id
     CALL (id) {
       MATCH (a:${ENTITY_LABEL} {id: id}) RETURN a
       UNION
       MATCH (a:${SOURCE_DOCUMENT_LABEL} {id: id}) RETURN a
     }
     MATCH (a)-[r]->(b)
     WHERE type(r) IN $rels AND b.id IN $ids
     RETURN ${edgeProjection('r')} AS e`,
    { ids, rels: [...rels] },
  );
  return { nodes: nodeRows.map((r) => toGraphNode(r.n)), edges: edgeRows.map((r) => toGraphEdge(r.e)) };
}
