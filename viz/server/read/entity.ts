/**
 * Everything the side panel shows about one node: its properties, its relationships grouped by type with the
 * node at the other end, the evidence of those relationships (quoted sentences with their documents), and
 * the documents that mention it. Works for source-document nodes too (their MENTIONS are the relationships).
 */
import { ENTITY_LABEL, SOURCE_DOCUMENT_LABEL } from '../../../core/model/index.ts';
import { parseEvidence } from '../../../graph/schema/index.ts';
import type { DocumentRef, EntityDetails, EvidenceItem, RelationshipItem } from '../../api/schema.ts';
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

/** Cypher: `n` = the entity or source document with id `$id`. */
export const MATCH_NODE = `CALL () {
  MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n
  UNION
  MATCH (n:${SOURCE_DOCUMENT_LABEL} {id: $id}) RETURN n
}`;

const HEAVY = new Set(['text']);

interface RelRow {
  e: EdgeRow;
  out: boolean;
  other: NodeRow;
  evidence: unknown;
}

/**
 * @example const details = await readEntity(ctx, 'org:nso-group');
 */
export async function readEntity(ctx: ReadContext, id: string): Promise<EntityDetails> {
  const [row] = await readRows<{ n: NodeRow; props: Record<string, unknown> }>(
    ctx,
    `${MATCH_NODE} RETURN ${nodeProjection('n')} AS n, properties(n) AS props`,
    { id },
  );
  if (!row) {
    throw new NotFoundError(
      'ENTITY_NOT_FOUND',
      `viewer: no entity or document with id "${id}"; search for it by name.`,
    );
  }
  const node = toGraphNode(row.n);
  const isDocument = node.type === SOURCE_DOCUMENT_LABEL;
  const rels = await readRows<RelRow>(
    ctx,
    `${MATCH_NODE}
     MATCH (n)-[r]-(m)
     WHERE $isDocument OR type(r) <> 'MENTIONS'
     RETURN ${edgeProjection('r')} AS e, startNode(r) = n AS out, ${nodeProjection('m')} AS other, r.evidence AS evidence
     ORDER BY type(r), m.name`,
    { id, isDocument },
  );
  const groups = new Map<string, RelationshipItem[]>();
  const evidence: EvidenceItem[] = [];
  const rawEvidence: { relation: string; relationType: string; items: ReturnType<typeof parseEvidence> }[] =
    [];
  for (const rel of rels) {
    const edge = toGraphEdge(rel.e);
    const list = groups.get(edge.type) ?? [];
    list.push({ edge, direction: rel.out ? 'out' : 'in', other: toGraphNode(rel.other) });
    groups.set(edge.type, list);
    rawEvidence.push({ relation: edge.id, relationType: edge.type, items: parseEvidence(rel.evidence) });
  }
  const docs = await readRows<{
    d: { id: string; title: unknown; date: unknown; kind: unknown };
    count: unknown;
  }>(
    ctx,
    `${MATCH_NODE}
     MATCH (d:${SOURCE_DOCUMENT_LABEL})-[m:MENTIONS]->(n)
     RETURN d { .id, .title, .date, .kind } AS d, m.count AS count
     ORDER BY d.date, d.title`,
    { id },
  );
  const titles = await documentTitles(
    ctx,
    rawEvidence.flatMap((r) => r.items.map((e) => e.document)),
  );
  for (const r of rawEvidence) evidence.push(...toEvidenceItems(r.items, titles, r.relation, r.relationType));
  const documents: DocumentRef[] = docs.map((d) => ({
    id: d.d.id,
    title: typeof d.d.title === 'string' ? d.d.title : d.d.id,
    date: typeof d.d.date === 'string' ? d.d.date : null,
    kind: typeof d.d.kind === 'string' ? d.d.kind : 'other',
    count: typeof d.count === 'number' ? d.count : 1,
  }));
  const properties = Object.fromEntries(Object.entries(row.props).filter(([k]) => !HEAVY.has(k)));
  return {
    node,
    id: node.id,
    type: node.type,
    name: node.name,
    aliases: node.aliases,
    properties,
    relationships: [...groups].map(([type, items]) => ({ type, items })),
    evidence,
    documents,
  };
}
