/**
 * Creates the sigma renderer over the page's graph with the reducers of reducers.ts and label settings
 * that stay readable on a laptop and a projector (bigger in presentation mode); size-dependent settings
 * (scale.ts) follow the graph as it grows or shrinks. `coalescedRefresh` turns bursts of state changes into
 * one refresh per frame: a sigma refresh re-runs the reducers over every node and edge.
 */
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { DRAWING } from '../app/palette.ts';
import { leanMovingFrames } from './frames.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph.ts';
import { EdgeArrow, EdgeRectangle, EdgeThin, NodeCircle, NodeCircleHover } from './programs.ts';
import { reduceEdge, reduceNode, type DrawContext } from './reducers.ts';
import { lowResolutionWhileMoving } from './resolution.ts';
import { edgeTypeFor, scaleSettings, settingsDiffer } from './scale.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * @example
 * const renderer = createRenderer(graph, byId('sigma-container'), () => view.context());
 */
export function createRenderer(
  graph: KgGraph,
  container: HTMLElement,
  context: () => DrawContext,
): Sigma<NodeAttrs, EdgeAttrs> {
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    ...scaleSettings(graph.order, graph.size),
    allowInvalidContainer: true,
    // the same looks as sigma's defaults, drawn without instancing (programs.ts: 20× faster in software GL)
    nodeProgramClasses: { circle: NodeCircle },
    nodeHoverProgramClasses: { circle: NodeCircleHover },
    edgeProgramClasses: { arrow: EdgeArrow, line: EdgeRectangle, thin: EdgeThin },
    // decided once (sigma creates the edge picking layer with the renderer): clicking an edge needs it
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: FONT,
    labelSize: DRAWING.labelSize,
    labelWeight: '500',
    labelColor: { color: DRAWING.label },
    labelDensity: 0.7,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 6,
    edgeLabelFont: FONT,
    edgeLabelSize: 10,
    edgeLabelColor: { color: DRAWING.edgeHighlight },
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    stagePadding: 40,
    nodeReducer: (node, attrs) => reduceNode(node, attrs, context()),
    edgeReducer: (edge, attrs) => {
      const display = reduceEdge(edge, attrs, graph, context());
      // only emphasised edges (size above 1) can change type: the setting is read for those alone
      if (display.size !== 1) {
        const type = edgeTypeFor(display.size ?? 1, renderer.getSetting('defaultEdgeType'));
        if (type) display.type = type;
      }
      return display;
    },
  });
  followGraphSize(renderer, graph);
  leanMovingFrames(renderer);
  lowResolutionWhileMoving(renderer);
  return renderer;
}

/**
 * Re-applies scale.ts's settings once per burst of node/edge additions or removals, if they change. Sigma's
 * `setSettings` re-runs the reducers over the whole graph at once (its `scheduleRefresh` schedules only the
 * drawing); here that pass is left to the frame's coalesced refresh, which the burst has already asked for
 * or which this asks for: one reducer pass per frame (measured: loading 20k/60k ran the reducers twice).
 */
function followGraphSize(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: KgGraph): void {
  let pending = false;
  const check = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      const next = scaleSettings(graph.order, graph.size);
      if (settingsDiffer(renderer.getSettings(), next)) setSettingsInNextRefresh(renderer, next);
    });
  };
  for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) {
    graph.on(event, check);
  }
}

/** Sigma's refresh scheduler (a public method of sigma 3.0.3, shadowed on the instance for one call). */
interface RefreshScheduling {
  scheduleRefresh?: () => unknown;
}

/** `renderer.setSettings(settings)`, with the reducer pass it implies done by the next coalesced refresh. */
function setSettingsInNextRefresh(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  settings: Partial<Settings<NodeAttrs, EdgeAttrs>>,
): void {
  const instance = renderer as unknown as RefreshScheduling;
  instance.scheduleRefresh = () => renderer;
  try {
    renderer.setSettings(settings);
  } finally {
    delete instance.scheduleRefresh; // sigma's own method again
  }
  coalescedRefresh(renderer)();
}

const refreshers = new WeakMap<Sigma<NodeAttrs, EdgeAttrs>, () => void>();

/**
 * A redraw function for state changes: however often it is called before the next frame, sigma refreshes
 * (reducers over the whole graph, then indexing and drawing) once, in that frame. One per renderer, shared
 * by every caller, so two callers in the same frame still cost one refresh.
 * @example
 * const redraw = coalescedRefresh(renderer);
 * state.subscribe(() => redraw());
 */
export function coalescedRefresh(renderer: Sigma<NodeAttrs, EdgeAttrs>): () => void {
  const known = refreshers.get(renderer);
  if (known) return known;
  let frame: number | null = null;
  renderer.on('kill', () => frame !== null && cancelAnimationFrame(frame));
  const redraw = () => {
    if (frame !== null) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      renderer.refresh();
    });
  };
  refreshers.set(renderer, redraw);
  return redraw;
}

/** Sigma's graph listeners (private in sigma 3.0.3, which the project pins). */
interface GraphListening {
  bindGraphHandlers?: () => void;
  unbindGraphHandlers?: () => void;
}

/**
 * Runs `change`, a large batch of additions (loading the graph), with sigma not listening to the graph, and
 * leaves the drawing to the next full refresh (the view's `graphChanged`, which the graph's events schedule).
 * Sigma otherwise runs its reducer and indexing twice per added node or edge as it arrives (measured: about
 * half of the 20k-node first render), then once more in the full refresh.
 * @example
 * const report = batchGraphChange(renderer, () => mergeGraphPart(graph, part));
 */
export function batchGraphChange<T>(renderer: Sigma<NodeAttrs, EdgeAttrs>, change: () => T): T {
  const listening = renderer as unknown as GraphListening;
  if (!listening.unbindGraphHandlers || !listening.bindGraphHandlers) return change();
  listening.unbindGraphHandlers.call(renderer);
  try {
    return change();
  } finally {
    listening.bindGraphHandlers.call(renderer);
  }
}

/** Label settings for a mode: bigger labels, shown more eagerly, when presenting. */
export function applyModeSettings(renderer: Sigma<NodeAttrs, EdgeAttrs>, presentation: boolean): void {
  renderer.setSettings({
    labelSize: presentation ? DRAWING.presentationLabelSize : DRAWING.labelSize,
    edgeLabelSize: presentation ? 15 : 10,
    // fewer, bigger labels for an audience: one per larger grid cell
    labelRenderedSizeThreshold: presentation ? 8 : 6,
    labelGridCellSize: presentation ? 200 : 90,
    labelDensity: presentation ? 0.45 : 0.7,
  });
}
