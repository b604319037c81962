/**
 * Encoding and decoding of `GraphColumns` (schema.ts), the compact form of a graph window: the server
 * encodes its `GraphResponse` with `toColumns`, the page reads nodes and edges straight from the columns
 * (`columnNode`/`columnEdge`, no intermediate array of objects). `fromColumns` gives back the exact
 * `GraphResponse` (tests, small callers). Pure, shared by server and page.
 */
import type { GraphColumns, GraphEdge, GraphNode, GraphResponse } from './schema.ts';

/** Interns strings: index of each distinct value in first-seen order. */
function interner(): { strings: string[]; index(value: string): number; maybe(value?: string): number } {
  const strings: string[] = [];
  const seen = new Map<string, number>();
  const index = (value: string) => {
    let i = seen.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      seen.set(value, i);
    }
    return i;
  };
  return { strings, index, maybe: (value) => (value === undefined ? -1 : index(value)) };
}

/**
 * @example
 * reply.send(query.format === 'columns' ? toColumns(graph) : graph);
 */
export function toColumns(graph: GraphResponse): GraphColumns {
  const { strings, index, maybe } = interner();
  const labelSets: number[][] = [];
  const labelSetIndex = new Map<string, number>();
  const nodeIndex = new Map<string, number>();
  const nodes: GraphColumns['nodes'] = {
    id: [],
    name: [],
    type: [],
    labels: [],
    kind: [],
    date: [],
    mentions: [],
    degree: [],
    aliasOffsets: [0],
    aliases: [],
    documentOffsets: [0],
    documents: [],
  };
  for (const n of graph.nodes) {
    nodeIndex.set(n.id, nodes.id.length);
    nodes.id.push(n.id);
    nodes.name.push(n.name);
    nodes.type.push(index(n.type));
    const labels = n.labels.map(index);
    const key = labels.join(',');
    let set = labelSetIndex.get(key);
    if (set === undefined) {
      set = labelSets.length;
      labelSets.push(labels);
      labelSetIndex.set(key, set);
    }
    nodes.labels.push(set);
    nodes.kind.push(maybe(n.kind));
    nodes.date.push(maybe(n.date));
    nodes.mentions.push(n.mentions);
    nodes.degree.push(n.degree);
    nodes.aliases.push(...n.aliases);
    nodes.aliasOffsets.push(nodes.aliases.length);
    for (const d of n.documents) nodes.documents.push(index(d));
    nodes.documentOffsets.push(nodes.documents.length);
  }
  const edges: GraphColumns['edges'] = {
    id: [],
    source: [],
    target: [],
    type: [],
    role: [],
    confidence: [],
    evidenceCount: [],
    documentOffsets: [0],
    documents: [],
  };
  for (const e of graph.edges) {
    const source = nodeIndex.get(e.source);
    const target = nodeIndex.get(e.target);
    if (source === undefined || target === undefined) continue; // a window never has dangling edges
    edges.id.push(e.id);
    edges.source.push(source);
    edges.target.push(target);
    edges.type.push(index(e.type));
    edges.role.push(maybe(e.role));
    edges.confidence.push(e.confidence);
    edges.evidenceCount.push(e.evidenceCount);
    for (const d of e.documents) edges.documents.push(index(d));
    edges.documentOffsets.push(edges.documents.length);
  }
  const columns: GraphColumns = {
    format: 'columns',
    strings,
    labelSets,
    nodes,
    edges,
    truncated: graph.truncated,
  };
  if (graph.total) columns.total = graph.total;
  return columns;
}

const at = (strings: string[], i: number): string | undefined => (i < 0 ? undefined : strings[i]);

/** Node `i` of the columns, as `GraphNode` without its id (the graph's node attributes). */
export function columnNode(g: GraphColumns, i: number): Omit<GraphNode, 'id'> {
  const { nodes, strings } = g;
  const node: Omit<GraphNode, 'id'> = {
    labels: g.labelSets[nodes.labels[i]!]!.map((l) => strings[l]!),
    type: strings[nodes.type[i]!]!,
    name: nodes.name[i]!,
    aliases: nodes.aliases.slice(nodes.aliasOffsets[i], nodes.aliasOffsets[i + 1]),
    mentions: nodes.mentions[i]!,
    degree: nodes.degree[i]!,
    documents: documentsOf(strings, nodes.documents, nodes.documentOffsets, i),
  };
  const kind = at(strings, nodes.kind[i]!);
  const date = at(strings, nodes.date[i]!);
  if (kind !== undefined) node.kind = kind;
  if (date !== undefined) node.date = date;
  return node;
}

/** Edge `i` of the columns, as `GraphEdge` without id and ends (the graph's edge attributes). */
export function columnEdge(g: GraphColumns, i: number): Omit<GraphEdge, 'id' | 'source' | 'target'> {
  const { edges, strings } = g;
  const edge: Omit<GraphEdge, 'id' | 'source' | 'target'> = {
    type: strings[edges.type[i]!]!,
    documents: documentsOf(strings, edges.documents, edges.documentOffsets, i),
    confidence: edges.confidence[i]!,
    evidenceCount: edges.evidenceCount[i]!,
  };
  const role = at(strings, edges.role[i]!);
  if (role !== undefined) edge.role = role;
  return edge;
}

function documentsOf(strings: string[], documents: number[], offsets: number[], i: number): string[] {
  const list: string[] = [];
  for (let k = offsets[i]!; k < offsets[i + 1]!; k++) list.push(strings[documents[k]!]!);
  return list;
}

/**
 * The `GraphResponse` the columns encode.
 * @example
 * expect(fromColumns(toColumns(graph))).toEqual(graph);
 */
export function fromColumns(g: GraphColumns): GraphResponse {
  const nodes: GraphNode[] = g.nodes.id.map((id, i) => ({ id, ...columnNode(g, i) }));
  const edges: GraphEdge[] = g.edges.id.map((id, i) => ({
    id,
    source: g.nodes.id[g.edges.source[i]!]!,
    target: g.nodes.id[g.edges.target[i]!]!,
    ...columnEdge(g, i),
  }));
  const graph: GraphResponse = { nodes, edges, truncated: g.truncated };
  if (g.total) graph.total = g.total;
  return graph;
}
