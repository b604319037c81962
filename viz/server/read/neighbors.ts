/**
 * Ego networks and shortest paths. The ego network grows one hop at a time from the centre (a bounded
 * breadth-first search, so a hub cannot explode a 3-hop query), then returns every tie among the nodes
 * reached. Paths avoid MENTIONS edges: they link entities through what the documents say about them.
 */
import { ENTITY_LABEL, SOURCE_DOCUMENT_LABEL } from '../../../core/model/index.ts';
import type { GraphResponse, PathResponse } from '../../api/schema.ts';
import { NotFoundError } from '../errors.ts';
import { readRows, type ReadContext } from './db.ts';
import { MATCH_NODE } from './entity.ts';
import { relTypesFor, readSubgraph } from './graph.ts';
import {
  edgeProjection,
  nodeProjection,
  toGraphEdge,
  toGraphNode,
  type EdgeRow,
  type NodeRow,
} from './shape.ts';

async function requireNode(ctx: ReadContext, id: string): Promise<void> {
  const [row] = await readRows(ctx, `${MATCH_NODE} RETURN n.id AS id`, { id });
  if (!row) {
    throw new NotFoundError(
      'ENTITY_NOT_FOUND',
      `viewer: no entity or document with id "${id}"; search for it by name.`,
    );
  }
}

/**
 * @example const ego = await readNeighbors(ctx, 'tech:pegasus', 2, 500);
 */
export async function readNeighbors(
  ctx: ReadContext,
  id: string,
  hops: number,
  limit: number,
): Promise<GraphResponse> {
  await requireNode(ctx, id);
  const rels = relTypesFor({});
  const seen = new Set([id]);
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < hops && frontier.length > 0 && !truncated; hop++) {
    const rows = await readRows<{ id: string }>(
      ctx,
      `UNWIND $frontier AS fid
       CALL (fid) {
         MATCH (a:${ENTITY_LABEL} {id: fid}) RETURN a
         UNION
         MATCH (a:${SOURCE_DOCUMENT_LABEL} {id: fid}) RETURN a
       }
       MATCH (a)-[r]-(m)
       WHERE type(r) IN $rels AND (m:${ENTITY_LABEL} OR m:${SOURCE_DOCUMENT_LABEL}) AND NOT m.id IN $seen
       RETURN DISTINCT m.id AS id
       LIMIT $room`,
      { frontier, rels, seen: [...seen], room: limit - seen.size + 1 },
    );
    const next: string[] = [];
    for (const r of rows) {
      if (seen.size >= limit) {
        truncated = true;
        break;
      }
      seen.add(r.id);
      next.push(r.id);
    }
    frontier = next;
  }
  const sub = await readSubgraph(ctx, [...seen], rels);
  return { ...sub, truncated };
}

/** Path lengths cannot be parameters in Cypher: a fixed table of patterns, picked by a validated integer. */
const HOPS = ['*..1', '*..2', '*..3', '*..4', '*..5', '*..6', '*..7', '*..8', '*..9', '*..10'] as const;

function hopsPattern(maxHops: number): string {
  return HOPS[Math.min(Math.max(Math.trunc(maxHops), 1), HOPS.length) - 1]!;
}

/**
 * @example const p = await readPath(ctx, 'org:nso-group', 'org:ogp-steering-committee', 6);
 */
export async function readPath(
  ctx: ReadContext,
  from: string,
  to: string,
  maxHops: number,
): Promise<PathResponse> {
  await requireNode(ctx, from);
  await requireNode(ctx, to);
  const [row] = await readRows<{ nodes: NodeRow[]; edges: EdgeRow[] }>(
    ctx,
    `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
     MATCH p = shortestPath((a)-[${hopsPattern(maxHops)}]-(b))
     WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS')
     RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes, [r IN relationships(p) | ${edgeProjection('r')}] AS edges`,
    { from, to, maxHops },
  );
  if (!row) {
    throw new NotFoundError(
      'NO_PATH',
      `viewer: no path of at most ${maxHops} steps between "${from}" and "${to}"; try more hops or other entities.`,
    );
  }
  const nodes = row.nodes.map(toGraphNode);
  const edges = row.edges.map(toGraphEdge);
  return {
    nodes,
    edges,
    truncated: false,
    path: { nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) },
  };
}
