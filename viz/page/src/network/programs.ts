/**
 * The WebGL programs the network is drawn with: sigma's own, made cheap in software WebGL by instancing.ts
 * (no instanced draws; no picking pass while the camera moves on big graphs) and lod.ts (nodes as points
 * while moving on big graphs), plus sigma's 1-pixel line program for graphs too big for rectangles.
 */
import {
  EdgeLineProgram,
  NodeCircleProgram,
  NodePointProgram,
  EdgeRectangleProgram,
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  type EdgeProgramType,
  type NodeProgramType,
} from 'sigma/rendering';
import type { EdgeAttrs, NodeAttrs } from './graph.ts';
import { pickingAtRest, withoutInstancing } from './instancing.ts';
import { movingLevelOfDetail } from './lod.ts';

/**
 * Sigma's circle node program without instancing, picking only at rest on big graphs, drawn with sigma's
 * point program (one vertex per node, the same discs) while the camera moves on big graphs (lod.ts).
 */
export const NodeCircle = movingLevelOfDetail(
  pickingAtRest(withoutInstancing(NodeCircleProgram)) as never,
  pickingAtRest(NodePointProgram) as never,
) as unknown as NodeProgramType<NodeAttrs, EdgeAttrs>;

/** Sigma's circle node program without instancing, for the hovered-node layer (it has no picking). */
export const NodeCircleHover = withoutInstancing(NodeCircleProgram) as unknown as NodeProgramType<
  NodeAttrs,
  EdgeAttrs
>;

/**
 * Sigma's rectangle ("line") edge program without instancing. Edge programs are wrapped in `pickingAtRest`
 * too: their picking pass can be put off (picking.ts); moving frames with hidden edges do not draw them.
 */
export const EdgeRectangle = pickingAtRest(
  withoutInstancing(EdgeRectangleProgram),
) as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>;

/** Sigma's 1-pixel GL line edge program (not instanced), for graphs too big for rectangles (scale.ts). */
export const EdgeThin = pickingAtRest(EdgeLineProgram) as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>;

/** Sigma's arrow edge program (clamped line + arrow head) without instancing. */
export const EdgeArrow = createEdgeCompoundProgram<NodeAttrs, EdgeAttrs>([
  pickingAtRest(withoutInstancing(createEdgeClampedProgram())),
  pickingAtRest(withoutInstancing(createEdgeArrowHeadProgram())),
] as unknown as [EdgeProgramType<NodeAttrs, EdgeAttrs>, EdgeProgramType<NodeAttrs, EdgeAttrs>]);
