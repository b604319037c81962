/**
 * How nodes and relationships leave Neo4j for the viewer: Cypher projections that fetch only what the page
 * draws (never a document's text or a relationship's evidence JSON), and the functions that turn those rows
 * into the API's GraphNode and GraphEdge. Degree counts ties, not MENTIONS (provenance) edges.
 */
import { ENTITY_TYPES, SOURCE_DOCUMENT_LABEL } from '../../../core/model/index.ts';
import type { GraphEdge, GraphNode } from '../../api/schema.ts';

/** Cypher expression: the degree of node `n`, counting its ties but not MENTIONS (provenance) edges. */
export function degreeOf(n: string): string {
  // Two degree look-ups (stored counts), rather than expanding every relationship to test its type.
  return `(COUNT { (${n})--() } - COUNT { (${n})-[:MENTIONS]-() })`;
}

/** Cypher map projection of node `n` for `toGraphNode`. */
export function nodeProjection(n: string): string {
  return `${n} { .id, .name, .title, .aliases, .kind, .date, .mentions, labels: labels(${n}), eid: elementId(${n}), degree: ${degreeOf(n)}, documents: [(d:${SOURCE_DOCUMENT_LABEL})-[:MENTIONS]->(${n}) | d.id] }`;
}

/** Cypher map projection of relationship `r` from `a` to `b` for `toGraphEdge`. */
export function edgeProjection(r: string, a = `startNode(${r})`, b = `endNode(${r})`): string {
  return `{ id: coalesce(${r}.id, elementId(${r})), type: type(${r}), source: coalesce(${a}.id, elementId(${a})), target: coalesce(${b}.id, elementId(${b})), role: ${r}.role, documents: ${r}.documents, confidence: ${r}.confidence, evidenceCount: ${r}.evidenceCount, count: ${r}.count }`;
}

export interface NodeRow {
  id?: unknown;
  name?: unknown;
  title?: unknown;
  aliases?: unknown;
  kind?: unknown;
  date?: unknown;
  mentions?: unknown;
  labels?: unknown;
  eid?: unknown;
  degree?: unknown;
  documents?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/** The type shown for a node: its entity type, SourceDocument, or its first label. */
export function typeOf(labels: string[]): string {
  if (labels.includes(SOURCE_DOCUMENT_LABEL)) return SOURCE_DOCUMENT_LABEL;
  return ENTITY_TYPES.find((t) => labels.includes(t)) ?? labels[0] ?? 'Node';
}

export function toGraphNode(row: NodeRow): GraphNode {
  const labels = strings(row.labels);
  const id = str(row.id) ?? str(row.eid) ?? '';
  const node: GraphNode = {
    id,
    labels,
    type: typeOf(labels),
    name: str(row.name) ?? str(row.title) ?? id,
    aliases: strings(row.aliases),
    mentions: num(row.mentions, 0),
    degree: num(row.degree, 0),
    documents: [...new Set(strings(row.documents))],
  };
  // A source document backs itself (for the page's document filter).
  if (node.type === SOURCE_DOCUMENT_LABEL && node.documents.length === 0) node.documents = [id];
  const kind = str(row.kind);
  const date = str(row.date);
  if (kind !== undefined) node.kind = kind;
  if (date !== undefined) node.date = date;
  return node;
}

export interface EdgeRow {
  id?: unknown;
  type?: unknown;
  source?: unknown;
  target?: unknown;
  role?: unknown;
  documents?: unknown;
  confidence?: unknown;
  evidenceCount?: unknown;
  count?: unknown;
}

export function toGraphEdge(row: EdgeRow): GraphEdge {
  const type = str(row.type) ?? 'RELATED';
  const source = str(row.source) ?? '';
  const target = str(row.target) ?? '';
  // A MENTIONS edge is backed by its source document itself.
  const documents = type === 'MENTIONS' ? [source] : [...new Set(strings(row.documents))];
  const edge: GraphEdge = {
    id: str(row.id) ?? `${type}:${source}->${target}`,
    type,
    source,
    target,
    documents,
    confidence: num(row.confidence, 1),
    evidenceCount: num(row.evidenceCount, type === 'MENTIONS' ? num(row.count, 1) : documents.length),
  };
  const role = str(row.role);
  if (role !== undefined) edge.role = role;
  return edge;
}
