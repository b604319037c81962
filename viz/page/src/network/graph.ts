/**
 * The page's graphology graph of domain data: node attributes are the entity's properties from the API
 * (`GraphNode` without its id) plus x/y, which sigma requires; edge attributes are the relationship's
 * properties. Colours, sizes and highlights are NOT stored here (see reducers.ts). Pure: no DOM.
 */
import { MultiDirectedGraph } from 'graphology';
import type { GraphColumnsView, GraphEdge, GraphNode } from '../../../api/schema.ts';
import { dictionaryAdjacency } from './adjacency.ts';
import { columnsReader } from './columns.ts';

export type NodeAttrs = Omit<GraphNode, 'id'> & { x: number; y: number };
export type EdgeAttrs = Omit<GraphEdge, 'id' | 'source' | 'target'>;
export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface GraphPart {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export type Point = { x: number; y: number };

/** Creates the empty graph the page works on. */
export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

/** What `mergeGraphPart` changed: the ids it added (for undoing an expansion). */
export interface MergeReport {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * Adds the nodes and edges of `part` that the graph lacks and refreshes the attributes of those it has.
 * New nodes take their saved position, else a spot near an already placed neighbour, else a random spot.
 * @example
 * const report = mergeGraphPart(graph, await api.neighbors(id), (id) => saved[id]);
 */
export function mergeGraphPart(
  graph: KgGraph,
  part: GraphPart,
  savedPosition: (id: string) => Point | undefined = () => undefined,
  random: () => number = Math.random,
): MergeReport {
  const report: MergeReport = { addedNodes: [], addedEdges: [] };
  const anchors = anchorIndex(part.edges);
  const spread = Math.max(10, Math.sqrt(graph.order + part.nodes.length) * 10);
  for (const { id, ...attrs } of part.nodes) {
    if (graph.hasNode(id)) {
      graph.mergeNodeAttributes(id, attrs);
      continue;
    }
    const at = savedPosition(id) ??
      nearNeighbour(graph, anchors.get(id), random) ?? {
        x: (random() - 0.5) * spread,
        y: (random() - 0.5) * spread,
      };
    graph.addNode(id, { ...attrs, x: at.x, y: at.y });
    report.addedNodes.push(id);
  }
  for (const { id, source, target, ...attrs } of part.edges) {
    if (graph.hasEdge(id)) {
      graph.mergeEdgeAttributes(id, attrs);
      continue;
    }
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.addDirectedEdgeWithKey(id, source, target, attrs);
    report.addedEdges.push(id);
  }
  return report;
}

/**
 * `mergeGraphPart` for a window in columns (GET /api/graph?format=columns): the same result, read straight
 * from the columns (no array of 80k objects in between, ends already resolved to node indexes, repeated
 * lists shared: columns.ts), the new nodes' adjacency in dictionary mode before their edges arrive
 * (adjacency.ts; `fastAdjacency` false leaves graphology's own objects, for bench:viz's A/B).
 * @example
 * const report = mergeGraphColumns(graph, await api.graphColumns({ limit: 20_000 }), (id) => saved[id]);
 */
export function mergeGraphColumns(
  graph: KgGraph,
  part: GraphColumnsView,
  savedPosition: (id: string) => Point | undefined = () => undefined,
  random: () => number = Math.random,
  fastAdjacency = true,
): MergeReport {
  const report: MergeReport = { addedNodes: [], addedEdges: [] };
  const read = columnsReader(part);
  const ids = part.nodes.id;
  const spread = Math.max(10, Math.sqrt(graph.order + ids.length) * 10);
  let neighbours: ((i: number) => string[]) | null = null; // built on the first node with no saved position
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const attrs = read.node(i);
    if (graph.hasNode(id)) {
      graph.mergeNodeAttributes(id, attrs);
      continue;
    }
    let at = savedPosition(id);
    if (!at) {
      neighbours ??= adjacency(part);
      at = nearNeighbour(graph, neighbours(i), random) ?? {
        x: (random() - 0.5) * spread,
        y: (random() - 0.5) * spread,
      };
    }
    const node = attrs as NodeAttrs;
    node.x = at.x;
    node.y = at.y;
    graph.addNode(id, node);
    report.addedNodes.push(id);
  }
  if (fastAdjacency) dictionaryAdjacency(graph, report.addedNodes);
  const { id: edgeIds, source, target } = part.edges;
  for (let i = 0; i < edgeIds.length; i++) {
    const id = edgeIds[i]!;
    const attrs = read.edge(i);
    if (graph.hasEdge(id)) {
      graph.mergeEdgeAttributes(id, attrs);
      continue;
    }
    graph.addDirectedEdgeWithKey(id, ids[source[i]!]!, ids[target[i]!]!, attrs);
    report.addedEdges.push(id);
  }
  return report;
}

/** Neighbour ids of each node of a columns window (compressed rows: two passes over the edges). */
function adjacency(part: GraphColumnsView): (i: number) => string[] {
  const { source, target } = part.edges;
  const n = part.nodes.id.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) {
    start[source[e]! + 1]! += 1;
    start[target[e]! + 1]! += 1;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(source.length * 2);
  for (let e = 0; e < source.length; e++) {
    list[fill[source[e]!]!++] = target[e]!;
    list[fill[target[e]!]!++] = source[e]!;
  }
  return (i) => Array.from(list.subarray(start[i]!, start[i + 1]!), (j) => part.nodes.id[j]!);
}

/** Removes what a merge added (edges first, then nodes that are left without other ties). */
export function undoMerge(graph: KgGraph, report: MergeReport): void {
  for (const edge of report.addedEdges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const node of report.addedNodes) if (graph.hasNode(node)) graph.dropNode(node);
}

function anchorIndex(edges: GraphEdge[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = index.get(from);
    if (list) list.push(to);
    else index.set(from, [to]); // not re-spread per edge: that was O(degree²) for hubs
  };
  for (const e of edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  return index;
}

function nearNeighbour(
  graph: KgGraph,
  others: string[] | undefined,
  random: () => number,
): Point | undefined {
  const placed = others?.find((o) => graph.hasNode(o));
  if (placed === undefined) return undefined;
  const { x, y } = graph.getNodeAttributes(placed);
  const angle = random() * 2 * Math.PI;
  return { x: x + Math.cos(angle) * 5, y: y + Math.sin(angle) * 5 };
}
