/**
 * Sigma settings that depend on the graph's size. Measured with `npm run bench:viz` (software WebGL): the
 * cost of a frame is almost all drawing in the GPU process (the page's JavaScript is a few ms per frame)
 * and edges are its largest part (2k nodes/6k edges: 0.7 → 7.7 FPS while panning once edges are hidden
 * during moves). So big graphs hide edges and labels while the camera moves and draw edge labels and arrow
 * heads only when small. Node labels need no limit: sigma's label grid bounds them by screen area.
 * Pure: no DOM.
 */
import type { Settings } from 'sigma/settings';

/** Size thresholds (edges for edge-related settings, nodes for label-related ones). */
export const SCALE = {
  /** Above this many edges, edges are not drawn while panning/zooming (redrawn when the camera stops). */
  hideEdgesOnMoveAbove: 2_000,
  /** Above this many nodes, labels are not drawn while panning/zooming. */
  hideLabelsOnMoveAbove: 2_000,
  /** Up to this many edges, edge labels (relation types of highlighted edges) are drawn. */
  edgeLabelsUpTo: 5_000,
  /**
   * Up to this many edges, edges are arrows; above, plain lines (one WebGL program instead of two: measured
   * 0.7 → 1.5 FPS on 2k/6k with edges drawn; the details panel still gives each relation's direction).
   */
  arrowsUpTo: 5_000,
  /**
   * Up to this many edges, edges are drawn as antialiased rectangles; above, as 1-pixel GL lines ('thin':
   * two vertices per edge instead of six, and far fewer pixels to fill in software WebGL). Highlighted and
   * hovered edges are still drawn thick (`edgeTypeFor`).
   */
  rectanglesUpTo: 10_000,
  /**
   * Up to this many nodes, noverlap runs when the layout stops, with fewer iterations as the graph grows
   * (`overlapIterations`). Measured in Node on the bench's synthetic graphs (loaded machine): 60 iterations
   * take 3.5 s at 2k nodes and 25 s at 5k, a frozen page; above this size overlaps are left to zooming.
   */
  noverlapUpTo: 2_000,
  /**
   * Above this many nodes, nodes are drawn as points (one vertex each) while the camera moves (lod.ts).
   * Measured with bench:viz on a loaded machine, alternating both in the same page: 20k nodes 10.1 → 13.3
   * FPS; at 2k nodes no gain (19.7 vs 28.9 FPS, noisy), so small graphs keep circles throughout.
   */
  pointsWhileMovingAbove: 5_000,
  /**
   * Above this many nodes, sigma's canvases are drawn at a lower pixel ratio while the camera moves
   * (resolution.ts), when edges and labels are hidden while moving too; full resolution at rest.
   */
  lowResolutionWhileMovingAbove: 5_000,
  /**
   * Above this many nodes, the first frame of a loaded graph is drawn without sigma's picking pass, which
   * is drawn alone just after it (picking.ts): the graph shows sooner, hover and click follow a moment later.
   */
  pickingAfterFirstFrameAbove: 5_000,
} as const;

/** The edge types the renderer registers (renderer.ts). */
export type EdgeType = 'arrow' | 'line' | 'thin';

export type ScaleSettings = Pick<
  Settings,
  'hideEdgesOnMove' | 'hideLabelsOnMove' | 'renderEdgeLabels' | 'defaultEdgeType'
>;

/**
 * The size-dependent settings for a graph of `order` nodes and `size` edges.
 * @example
 * renderer.setSettings(scaleSettings(graph.order, graph.size));
 */
export function scaleSettings(order: number, size: number): ScaleSettings {
  return {
    hideEdgesOnMove: size > SCALE.hideEdgesOnMoveAbove,
    hideLabelsOnMove: order > SCALE.hideLabelsOnMoveAbove,
    renderEdgeLabels: size <= SCALE.edgeLabelsUpTo,
    defaultEdgeType: size <= SCALE.arrowsUpTo ? 'arrow' : size <= SCALE.rectanglesUpTo ? 'line' : 'thin',
  };
}

/**
 * The type an edge of display `size` is drawn with when the graph's default is `defaultType`: emphasised
 * edges (size above 1: hover, highlight, selection) stay thick on graphs drawn with thin lines.
 * @example
 * edgeTypeFor(3, 'thin'); // 'line'
 */
export function edgeTypeFor(size: number, defaultType: string): EdgeType | undefined {
  return defaultType === 'thin' && size > 1 ? 'line' : undefined;
}

/** True when applying `next` would change any of `current`'s values (setSettings costs a full refresh). */
export function settingsDiffer(current: ScaleSettings, next: ScaleSettings): boolean {
  return (Object.keys(next) as (keyof ScaleSettings)[]).some((k) => current[k] !== next[k]);
}

/**
 * noverlap iterations when the layout stops on a graph of `order` nodes: 60 up to 500 nodes, then fewer so
 * the pass stays well under a second, none above `SCALE.noverlapUpTo`.
 * @example
 * overlapIterations(2_000); // 15
 */
export function overlapIterations(order: number): number {
  if (order > SCALE.noverlapUpTo) return 0;
  return Math.round(60 * Math.min(1, 500 / Math.max(1, order)));
}
