/**
 * The layout's own copy of the graph: node positions and edges only. ForceAtlas2's worker writes positions
 * into the graph it is given after every iteration, and every such write makes sigma re-run its reducers
 * and redraw the whole graph (measured: 0.1 iterations/s at 20k nodes, each waiting for a full redraw). The
 * worker runs on this copy instead, and positions are copied to the page's graph on a throttled schedule
 * (`syncDelay`), so the layout runs at the worker's speed and redraws cost a bounded share of the main
 * thread. Pure: no DOM.
 */
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph, Point } from './graph.ts';

export type ShadowGraph = MultiDirectedGraph<Point>;

/**
 * A copy of `graph` with only positions and edges.
 * @example
 * const layout = new FA2Layout(shadowOf(graph), { settings });
 */
export function shadowOf(graph: KgGraph): ShadowGraph {
  const shadow = new MultiDirectedGraph<Point>();
  graph.forEachNode((node, a) => shadow.addNode(node, { x: a.x, y: a.y }));
  graph.forEachEdge((edge, _a, source, target) => shadow.addDirectedEdgeWithKey(edge, source, target));
  return shadow;
}

/**
 * Copies the shadow's positions into `graph` in one update (one sigma refresh); nodes added to `graph` since
 * the copy was made keep theirs.
 */
export function copyPositions(shadow: ShadowGraph, graph: KgGraph): void {
  graph.updateEachNodeAttributes(
    (node, attrs) => {
      if (!shadow.hasNode(node)) return attrs;
      const { x, y } = shadow.getNodeAttributes(node);
      attrs.x = x;
      attrs.y = y;
      return attrs;
    },
    { attributes: ['x', 'y'] },
  );
}

/** Bounds of the delay between two copies while the layout runs, in ms. */
export const SYNC = { minDelayMs: 100, maxDelayMs: 3_000, drawShare: 0.2 } as const;

/**
 * Delay before the next copy, given what the last redraw cost on the main thread: redraws take at most
 * `drawShare` of it, so the page stays responsive and the camera can move while a big graph is laid out.
 * @example
 * syncDelay(25); // 125 ms: a small graph animates at 8 redraws per second
 */
export function syncDelay(lastDrawMs: number): number {
  const delay = lastDrawMs / SYNC.drawShare;
  return Math.round(Math.min(SYNC.maxDelayMs, Math.max(SYNC.minDelayMs, delay)));
}
