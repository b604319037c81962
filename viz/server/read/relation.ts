/**
 * One relationship and why it is there: both ends, its properties and its evidence (the quoted sentences
 * with their documents). Looked up by its stable `id` through each type's uniqueness constraint, the types
 * taken from the closed vocabulary; an element id (for edges without an `id`) also works.
 */
import { RELATION_TYPES } from '../../../core/model/index.ts';
import { parseEvidence } from '../../../graph/schema/index.ts';
import type { RelationDetails } from '../../api/schema.ts';
import { NotFoundError } from '../errors.ts';
import { readRows, type ReadContext } from './db.ts';
import { documentTitles, toEvidenceItems } from './evidence.ts';
import {
  edgeProjection,
  nodeProjection,
  toGraphEdge,
  toGraphNode,
  type EdgeRow,
  type NodeRow,
} from './shape.ts';

const BY_ID = RELATION_TYPES.map((t) => `MATCH ()-[r:${t} {id: $id}]->() RETURN r`).join('\nUNION\n');

const RETURN_REL = `RETURN ${edgeProjection('r')} AS e, ${nodeProjection('a')} AS a, ${nodeProjection('b')} AS b,
  properties(r) AS props`;

interface Row {
  e: EdgeRow;
  a: NodeRow;
  b: NodeRow;
  props: Record<string, unknown>;
}

/**
 * @example const details = await readRelation(ctx, edge.id);
 */
export async function readRelation(ctx: ReadContext, id: string): Promise<RelationDetails> {
  let [row] = await readRows<Row>(
    ctx,
    `CALL () { ${BY_ID} } WITH r, startNode(r) AS a, endNode(r) AS b ${RETURN_REL}`,
    { id },
  );
  if (!row && /^\d+:[0-9a-f-]+:\d+$/i.test(id)) {
    [row] = await readRows<Row>(ctx, `MATCH (a)-[r]->(b) WHERE elementId(r) = $id ${RETURN_REL}`, { id });
  }
  if (!row) {
    throw new NotFoundError(
      'RELATION_NOT_FOUND',
      `viewer: no relationship with id "${id}"; reload the graph.`,
    );
  }
  const { evidence: raw, ...props } = row.props;
  const evidence = parseEvidence(raw);
  const titles = await documentTitles(
    ctx,
    evidence.map((e) => e.document),
  );
  const edge = toGraphEdge(row.e);
  return {
    edge,
    source: toGraphNode(row.a),
    target: toGraphNode(row.b),
    properties: props,
    evidence: toEvidenceItems(evidence, titles, edge.id, edge.type),
  };
}
