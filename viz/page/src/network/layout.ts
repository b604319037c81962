/**
 * The network's layout: ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker, a blob worker:
 * needs CSP `worker-src blob:`), stopped automatically after a while or by the user, then noverlap to pull
 * overlapping nodes apart (on graphs small enough, scale.ts); positions are saved (positions.ts) when it stops. The worker lays out a copy of
 * the graph (shadow.ts) whose positions reach the page's graph on a throttled schedule, so the layout's speed
 * does not depend on how long a redraw takes.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type Sigma from 'sigma';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph.ts';
import { overlapIterations } from './scale.ts';
import { copyPositions, shadowOf, syncDelay, SYNC, type ShadowGraph } from './shadow.ts';

export interface LayoutControl {
  start(autoStopMs?: number): void;
  stop(): void;
  isRunning(): boolean;
  /** Notified with `true` when it starts and `false` when it stops. */
  onChange(listener: (running: boolean) => void): void;
  /** Iterations the worker has done and copies drawn since the last start (for `npm run bench:viz`). */
  stats(): { iterations: number; copies: number };
  kill(): void;
}

/** ForceAtlas2 settings for a graph of `order` nodes (the bench runs the same on the main thread). */
export function layoutSettings(order: number): ForceAtlas2Settings {
  // hubs to the centre, leaves spread around them; strong gravity keeps isolated nodes from drifting away
  return {
    ...inferSettings(order || 1),
    barnesHutOptimize: order > 300,
    outboundAttractionDistribution: true,
    strongGravityMode: true,
    gravity: 0.2,
    scalingRatio: 12,
    slowDown: 3,
  };
}

/**
 * @example
 * const layout = createLayout(graph, renderer, () => savePositions(key, graph));
 * layout.start(6000);
 */
export function createLayout(
  graph: KgGraph,
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  onStopped: () => void,
): LayoutControl {
  const listeners: ((running: boolean) => void)[] = [];
  let run: { worker: FA2Layout; shadow: ShadowGraph } | null = null;
  let autoStop: ReturnType<typeof setTimeout> | undefined;
  let nextCopy: ReturnType<typeof setTimeout> | undefined;
  let stats = { iterations: 0, copies: 0 };

  // the cost of the redraw a copy causes (sigma refreshes in the next frame), to space the copies out
  let copiedAt: number | null = null;
  renderer.on('beforeRender', () => {
    if (copiedAt !== null) copiedAt = performance.now();
  });
  renderer.on('afterRender', () => {
    if (copiedAt === null || run === null) return;
    const drawMs = performance.now() - copiedAt;
    copiedAt = null;
    nextCopy = setTimeout(copy, syncDelay(drawMs));
  });
  const copy = () => {
    if (run === null) return;
    copiedAt = performance.now();
    stats.copies += 1;
    copyPositions(run.shadow, graph);
  };

  const stop = () => {
    clearTimeout(autoStop);
    clearTimeout(nextCopy);
    if (run === null) return;
    const { worker, shadow } = run;
    run = null;
    copiedAt = null;
    worker.kill();
    copyPositions(shadow, graph);
    removeOverlaps(graph, renderer);
    onStopped();
    for (const l of listeners) l(false);
  };
  return {
    start(autoStopMs) {
      if (run !== null || graph.order === 0) return;
      const shadow = shadowOf(graph);
      const worker = new FA2Layout(shadow, { settings: layoutSettings(graph.order) });
      stats = { iterations: 0, copies: 0 };
      shadow.on('eachNodeAttributesUpdated', () => (stats.iterations += 1));
      run = { worker, shadow };
      worker.start();
      nextCopy = setTimeout(copy, SYNC.minDelayMs);
      for (const l of listeners) l(true);
      if (autoStopMs) autoStop = setTimeout(stop, autoStopMs);
    },
    stop,
    isRunning: () => run !== null,
    onChange: (listener) => void listeners.push(listener),
    stats: () => ({ ...stats }),
    kill() {
      clearTimeout(autoStop);
      clearTimeout(nextCopy);
      run?.worker.kill();
      run = null;
    },
  };
}

/** Runs noverlap with node sizes converted from screen pixels to graph units. */
function removeOverlaps(graph: KgGraph, renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
  const iterations = overlapIterations(graph.order);
  if (graph.order < 2 || iterations === 0) return;
  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
  });
  const { width, height } = renderer.getDimensions();
  const unitsPerPixel = (maxX - minX || 1) / Math.max(1, Math.min(width, height) - 80);
  noverlap.assign(graph, {
    maxIterations: iterations,
    settings: { margin: 4 * unitsPerPixel, ratio: 1.2 },
    inputReducer: (key, attrs) => ({
      x: attrs.x,
      y: attrs.y,
      size: (renderer.getNodeDisplayData(key)?.size ?? 4) * unitsPerPixel,
    }),
  });
}
