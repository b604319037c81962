/**
 * The network's layout: ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker, a blob worker:
 * needs CSP `worker-src blob:`), stopped automatically after a while or by the user, then noverlap to pull
 * overlapping nodes apart; positions are saved (positions.ts) when it stops.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type Sigma from 'sigma';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph.ts';

export interface LayoutControl {
  start(autoStopMs?: number): void;
  stop(): void;
  isRunning(): boolean;
  /** Notified with `true` when it starts and `false` when it stops. */
  onChange(listener: (running: boolean) => void): void;
  kill(): void;
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
  // hubs to the centre, leaves spread around them; strong gravity keeps isolated nodes from drifting away
  const settings = {
    ...inferSettings(graph.order || 1),
    barnesHutOptimize: graph.order > 300,
    outboundAttractionDistribution: true,
    strongGravityMode: true,
    gravity: 0.2,
    scalingRatio: 12,
    slowDown: 3,
  };
  const worker = new FA2Layout(graph, { settings });
  const listeners: ((running: boolean) => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    clearTimeout(timer);
    if (!worker.isRunning()) return;
    worker.stop();
    removeOverlaps(graph, renderer);
    onStopped();
    for (const l of listeners) l(false);
  };
  return {
    start(autoStopMs) {
      if (worker.isRunning() || graph.order === 0) return;
      worker.start();
      for (const l of listeners) l(true);
      clearTimeout(timer);
      if (autoStopMs) timer = setTimeout(stop, autoStopMs);
    },
    stop,
    isRunning: () => worker.isRunning(),
    onChange: (listener) => void listeners.push(listener),
    kill() {
      clearTimeout(timer);
      worker.kill();
    },
  };
}

/** Runs noverlap with node sizes converted from screen pixels to graph units. */
function removeOverlaps(graph: KgGraph, renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
  if (graph.order < 2) return;
  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
  });
  const { width, height } = renderer.getDimensions();
  const unitsPerPixel = (maxX - minX || 1) / Math.max(1, Math.min(width, height) - 80);
  noverlap.assign(graph, {
    maxIterations: 60,
    settings: { margin: 4 * unitsPerPixel, ratio: 1.2 },
    inputReducer: (key, attrs) => ({
      x: attrs.x,
      y: attrs.y,
      size: (renderer.getNodeDisplayData(key)?.size ?? 4) * unitsPerPixel,
    }),
  });
}
