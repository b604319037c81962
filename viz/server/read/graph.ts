/**
 * The network the page draws: the whole graph when it is small, else a window of the top-N nodes by degree
 * (ties by id, so the window is stable) with every edge among them. Type filters come from the closed
 * vocabulary (validated by the API schema) and reach Cypher as parameters, never as text. Nodes are looked
 * up through the id constraints of :Entity and :SourceDocument (two index seeks, no label-less scans).
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
  const rels = relTypesFor(opts);
  const [counts] = await readRows<{ nodes: number }>(
    ctx,
    `MATCH (n) WHERE ${NODE_FILTER} RETURN count(n) AS nodes`,
    params,
  );
  const totalNodes = counts?.nodes ?? 0;
  const picked = await readRows<{ n: NodeRow }>(
    ctx,
    `MATCH (n) WHERE ${NODE_FILTER}
     WITH n, ${degreeOf('n')} AS degree
     ORDER BY degree DESC, n.id
     LIMIT $limit
     RETURN ${nodeProjection('n')} AS n`,
    params,
  );
  const nodes = picked.map((r) => toGraphNode(r.n));
  const edges = await readEdgesAmong(
    ctx,
    nodes.map((n) => n.id),
    rels,
  );
  const truncated = totalNodes > nodes.length;
  let totalEdges = edges.length;
  if (truncated) {
    const [edgeCount] = await readRows<{ edges: number }>(
      ctx,
      `MATCH (a)-[r]->(b) WHERE type(r) IN $rels
         AND (a:${ENTITY_LABEL} OR ($docs AND a:${SOURCE_DOCUMENT_LABEL}))
         AND ($types IS NULL OR (any(l IN labels(a) WHERE l IN $types) AND any(l IN labels(b) WHERE l IN $types)))
       RETURN count(r) AS edges`,
      { ...params, rels },
    );
    totalEdges = edgeCount?.edges ?? edges.length;
  }
  return { nodes, edges, truncated, total: { nodes: totalNodes, edges: totalEdges } };
}

/** Every relationship of the given types between the nodes with these ids. */
export async function readEdgesAmong(
  ctx: ReadContext,
  ids: string[],
  rels: readonly string[],
): Promise<GraphEdge[]> {
  if (ids.length === 0) return [];
  const among = (label: string) => `UNWIND $ids AS id
     MATCH (a:${label} {id: id})-[r]->(b)
     WHERE type(r) IN $rels AND b.id IN $ids
     RETURN ${edgeProjection('r', 'a', 'b')} AS e`;
  const rows = await readRows<{ e: EdgeRow }>(
    ctx,
    `${among(ENTITY_LABEL)} UNION ALL ${among(SOURCE_DOCUMENT_LABEL)}`,
    { ids, rels: [...rels] },
  );
  return rows.map((r) => toGraphEdge(r.e));
}

/** The nodes (entities or source documents) with these ids, in no particular order. */
export async function readNodes(ctx: ReadContext, ids: string[]): Promise<GraphNode[]> {
  if (ids.length === 0) return [];
  const byId = (label: string) =>
    `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${nodeProjection('n')} AS n`;
  const rows = await readRows<{ n: NodeRow }>(
    ctx,
    `${byId(ENTITY_LABEL)} UNION ALL ${byId(SOURCE_DOCUMENT_LABEL)}`,
    { ids },
  );
  return rows.map((r) => toGraphNode(r.n));
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
  const [nodes, edges] = [await readNodes(ctx, ids), await readEdgesAmong(ctx, ids, rels)];
  return { nodes, edges };
}
