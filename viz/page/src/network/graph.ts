/**
 * The page's graphology graph of domain data: node attributes are the entity's properties from the API
 * (`GraphNode` without its id) plus x/y, which sigma requires; edge attributes are the relationship's
 * properties. Colours, sizes and highlights are NOT stored here (see reducers.ts). Pure: no DOM.
 */
import { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from '../../../api/schema.ts';

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
