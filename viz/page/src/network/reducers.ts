/**
 * Drawing data derived from state: colours by type, sizes by degree (sqrt scale), hover neighbourhoods,
 * highlighted subgraphs, selection and filters, all computed in sigma's node/edge reducers and never
 * written into the graph. `DrawContext` is rebuilt when state or graph changes (see view.ts); the reducers
 * only look things up in it, so they stay cheap on every frame. Pure: no DOM.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DRAWING, FALLBACK_COLOR, TYPE_COLORS } from '../app/palette.ts';
import type { Visibility } from '../filters/model.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph.ts';

export interface DrawContext {
  visibility: Visibility;
  /** Nodes/edges brought forward (query result, path, expansion); others dimmed or hidden if `isolate`. */
  highlight: { nodes: Set<string>; edges: Set<string>; isolate: boolean } | null;
  /** The hovered node and its neighbours: everything else is dimmed while hovering. */
  hover: { node: string; neighbours: Set<string> } | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Shortest-path ends, marked so the user sees what was picked. */
  pathEnds: Set<string>;
  maxDegree: number;
  presentation: boolean;
}

/** Colour of an entity type (the legend uses the same function). */
export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? FALLBACK_COLOR;
}

/** Node size from degree on a square-root scale between the configured bounds. */
export function nodeSize(degree: number, maxDegree: number, presentation = false): number {
  const t = maxDegree > 0 ? Math.sqrt(Math.max(0, degree) / maxDegree) : 0;
  const size = DRAWING.minNodeSize + (DRAWING.maxNodeSize - DRAWING.minNodeSize) * t;
  return presentation ? size * DRAWING.presentationSizeScale : size;
}

/** A label short enough not to cover its neighbours (the full name is in the details panel). */
export function shortLabel(name: string, max = 34): string {
  return name.length <= max ? name : name.slice(0, max - 1).trimEnd() + '…';
}

/** Display data of a node. */
export function reduceNode(node: string, attrs: NodeAttrs, ctx: DrawContext): Partial<NodeDisplayData> {
  // every field sigma's defaults pass fills in, in one order: on 20k nodes that pass then reshapes nothing
  const display: Partial<NodeDisplayData> = {
    x: attrs.x,
    y: attrs.y,
    label: shortLabel(attrs.name),
    color: typeColor(attrs.type),
    size: nodeSize(attrs.degree, ctx.maxDegree, ctx.presentation),
    zIndex: 1,
    hidden: false,
    highlighted: false,
    forceLabel: false,
    type: undefined, // sigma's default program
  };
  if (ctx.visibility.hiddenNodes.has(node)) return { ...display, hidden: true };
  const inHighlight = ctx.highlight?.nodes.has(node) ?? true;
  if (ctx.highlight?.isolate && !inHighlight) return { ...display, hidden: true };
  const inHover = ctx.hover ? ctx.hover.node === node || ctx.hover.neighbours.has(node) : true;
  const emphasised =
    node === ctx.selectedNode ||
    ctx.pathEnds.has(node) ||
    ctx.hover?.node === node ||
    (ctx.highlight !== null && inHighlight);
  if (!inHighlight || !inHover) {
    return { ...display, color: DRAWING.dimmedNode, label: '', zIndex: 0 };
  }
  if (emphasised) {
    display.forceLabel = true;
    display.zIndex = 2;
  }
  if (ctx.hover?.node === node || node === ctx.selectedNode) display.label = attrs.name; // full name on hover
  if (node === ctx.selectedNode || ctx.pathEnds.has(node)) display.highlighted = true;
  return display;
}

/** Display data of an edge (one object per edge and call: this runs for every edge on each refresh). */
export function reduceEdge(
  edge: string,
  attrs: EdgeAttrs,
  graph: KgGraph,
  ctx: DrawContext,
): Partial<EdgeDisplayData> {
  if (ctx.visibility.hiddenEdges.has(edge)) return look(DRAWING.edge, 1, attrs.type, 1, false, true);
  const inHighlight = ctx.highlight?.edges.has(edge) ?? true;
  if (ctx.highlight?.isolate && !inHighlight) return look(DRAWING.edge, 1, attrs.type, 1, false, true);
  let inHover = true;
  if (ctx.hover) {
    const [source, target] = graph.extremities(edge);
    inHover = source === ctx.hover.node || target === ctx.hover.node;
  }
  if (!inHighlight || !inHover) return look(DRAWING.dimmedEdge, 1, '', 0);
  if (edge === ctx.selectedEdge) return look(DRAWING.selected, 3, attrs.type, 3, true);
  if (ctx.highlight || ctx.hover) return look(DRAWING.edgeHighlight, 2, attrs.type, 2, true);
  return look(DRAWING.edge, 1, '', 1);
}

/**
 * An edge's display data with every field sigma's defaults pass fills in, always in this order: on 60k
 * edges that pass then adds no property to any object (measured: it was a fifth of the first refresh).
 */
function look(
  color: string,
  size: number,
  label: string,
  zIndex: number,
  forceLabel = false,
  hidden = false,
): Partial<EdgeDisplayData> {
  return { color, size, label, zIndex, hidden, forceLabel, type: undefined };
}
