/**
 * Level of detail for nodes while the camera moves. In software WebGL (SwiftShader) a moving frame of a big
 * graph is bound by the vertices it draws, not by its pixels (bench:viz: 20k triangles take as long at a
 * quarter of their size). Sigma's circle program draws each node as a triangle (3 vertices) whose fragment
 * shader cuts the disc out; its point program draws the same disc as one point sprite (1 vertex). While
 * the camera moves on a big graph (`SCALE.pointsWhileMovingAbove`), nodes are drawn as points: every node,
 * same place, size and colour, in every frame; at rest, the exact circle program again (point sprites are
 * capped in size by the GL, which only matters zoomed far in). Both programs hold the nodes' data.
 */
import type Sigma from 'sigma';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { isMoving } from './instancing.ts';
import { SCALE } from './scale.ts';

/** The parts of sigma's node program interface used here (sigma 3.0.3's `createNodeCompoundProgram` too). */
interface NodeProgramLike {
  reallocate(capacity: number): void;
  process(nodeIndex: number, offset: number, data: NodeDisplayData): void;
  render(params: RenderParams): void;
  renderPicking?(params: RenderParams): void;
  kill(): void;
}
type NodeProgramClass = new (
  gl: WebGLRenderingContext,
  pickingBuffer: WebGLFramebuffer | null,
  renderer: Sigma,
) => NodeProgramLike;

/**
 * @example
 * const NodeCircle = movingLevelOfDetail(CircleAtRest, PointWhileMoving);
 */
export function movingLevelOfDetail(AtRest: NodeProgramClass, Moving: NodeProgramClass): NodeProgramClass {
  return class NodeLevelOfDetail implements NodeProgramLike {
    private readonly atRest: NodeProgramLike;
    private readonly moving: NodeProgramLike;
    private readonly renderer: Sigma;

    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      this.atRest = new AtRest(gl, pickingBuffer, renderer);
      this.moving = new Moving(gl, pickingBuffer, renderer);
      this.renderer = renderer;
    }

    reallocate(capacity: number): void {
      this.atRest.reallocate(capacity);
      this.moving.reallocate(capacity);
    }

    process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
      this.atRest.process(nodeIndex, offset, data);
      this.moving.process(nodeIndex, offset, data);
    }

    render(params: RenderParams): void {
      const lean =
        this.renderer.getGraph().order > SCALE.pointsWhileMovingAbove &&
        this.renderer.getSetting('hideEdgesOnMove') &&
        isMoving(this.renderer);
      (lean ? this.moving : this.atRest).render(params);
    }

    /** The at-rest program's picking pass alone (picking.ts): frames at rest pick with it. */
    renderPicking(params: RenderParams): void {
      this.atRest.renderPicking?.(params);
    }

    kill(): void {
      this.atRest.kill();
      this.moving.kill();
    }
  };
}
