/**
 * Creates the sigma renderer over the page's graph with the reducers of reducers.ts and label settings
 * that stay readable on a laptop and a projector (bigger in presentation mode).
 */
import Sigma from 'sigma';
import { DRAWING } from '../app/palette.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph.ts';
import { reduceEdge, reduceNode, type DrawContext } from './reducers.ts';

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
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
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
    edgeReducer: (edge, attrs) => reduceEdge(edge, attrs, graph, context()),
  });
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
