/**
 * Sigma's WebGL programs without instancing. Sigma 3 draws nodes (circle) and edges (rectangle, arrow) with
 * instanced draws: one small vertex set repeated per item. Measured in Chromium with software WebGL
 * (SwiftShader, what machines without a usable GPU get), an instanced draw costs ~30 µs per instance:
 * 20k circles take ~600 ms, the same 20k triangles drawn as plain vertex arrays ~25 ms (`npm run bench:viz`
 * prints that calibration). `withoutInstancing` keeps a program's shaders and looks but writes every vertex
 * into the vertex array (the per-instance values followed by that vertex's constant values), so the draw is a
 * plain `drawArrays`. On a real GPU both are fast; the vertex arrays are a few times larger, which is cheap.
 * `pickingAtRest` leaves out sigma's second pass (the picking layer that finds the node under the mouse)
 * while the camera moves on graphs big enough to hide edges while moving: nobody hovers mid-pan, and sigma
 * draws a full frame, picking included, as soon as the camera stops.
 */
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';
import { pickingDeferred } from './picking.ts';

/** A compiled program of sigma's `Program` (its normal or picking one). */
interface ProgramInfo {
  gl: { viewport(x: number, y: number, width: number, height: number): void };
}

/** The parts of sigma's `Program` this module relies on (its definition, vertex array and drawing steps). */
interface ProgramInternals {
  array: Float32Array;
  pickProgram: ProgramInfo | null;
  hasNothingToRender(): boolean;
  bindProgram(program: ProgramInfo): void;
  renderProgram(params: RenderParams, program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
  renderer: Sigma;
  render(params: RenderParams): void;
  VERTICES: number;
  ATTRIBUTES_ITEMS_COUNT: number;
  getDefinition(): Definition;
  processVisibleItem(index: number, start: number, ...data: unknown[]): void;
}
type Attribute = { name: string; size: number; type: number; normalized?: boolean };
interface Definition {
  ATTRIBUTES: Attribute[];
  CONSTANT_ATTRIBUTES?: Attribute[];
  CONSTANT_DATA?: number[][];
  [key: string]: unknown;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sigma's program classes are abstract mixins
type ProgramClass = abstract new (...args: any[]) => object;

/**
 * The same program, drawn with `drawArrays` instead of instanced draws.
 * @example
 * const NodeCircle = withoutInstancing(NodeCircleProgram);
 * new Sigma(graph, container, { nodeProgramClasses: { circle: NodeCircle } });
 */
export function withoutInstancing<T extends ProgramClass>(Base: T): T {
  // the constant data, one vector per vertex, read once from the instanced definition
  const instanced = (Base.prototype as ProgramInternals).getDefinition.call(null);
  const constants = instanced.CONSTANT_DATA ?? [];
  if (!instanced.CONSTANT_ATTRIBUTES) return Base;
  abstract class Plain extends (Base as unknown as new (...args: unknown[]) => ProgramInternals) {
    getDefinition(): Definition {
      const { CONSTANT_ATTRIBUTES = [], ...definition } = super.getDefinition();
      delete definition.CONSTANT_DATA;
      return { ...definition, ATTRIBUTES: [...definition.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    processVisibleItem(index: number, start: number, ...data: unknown[]): void {
      // the base writes the item's values once, at the first vertex; copy them to the other vertices and
      // follow each copy with that vertex's constant values
      super.processVisibleItem(index, start, ...data);
      const array = this.array;
      const stride = this.ATTRIBUTES_ITEMS_COUNT;
      const own = stride - (constants[0]?.length ?? 0);
      for (let v = this.VERTICES - 1; v >= 0; v--) {
        const at = start + v * stride;
        if (v > 0) array.copyWithin(at, start, start + own);
        const vector = constants[v]!;
        for (let k = 0; k < vector.length; k++) array[at + own + k] = vector[k]!;
      }
    }
  }
  Object.defineProperty(Plain, 'name', { value: `Plain${Base.name}` });
  return Plain as unknown as T;
}

/** True while sigma draws a moving frame (its own test for `hideEdgesOnMove`/`hideLabelsOnMove`). */
export function isMoving(renderer: Sigma): boolean {
  const captor = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimated() ||
    captor.isMoving ||
    captor.draggedEvents > 0 ||
    captor.currentWheelDirection !== 0
  );
}

/**
 * The same program, without its picking pass in moving frames when `hideEdgesOnMove` is on (sigma then
 * refreshes once the camera has stopped, even after a drag, so the picking layer is whole again at rest),
 * nor in a frame whose picking is put off (picking.ts), which `renderPicking` draws afterwards.
 * @example
 * const NodeCircle = pickingAtRest(withoutInstancing(NodeCircleProgram));
 */
export function pickingAtRest<T extends ProgramClass>(Base: T): T {
  abstract class AtRest extends (Base as unknown as new (...args: unknown[]) => ProgramInternals) {
    render(params: RenderParams): void {
      const pick = this.pickProgram;
      const skip =
        pickingDeferred(this.renderer) ||
        (this.renderer.getSetting('hideEdgesOnMove') && isMoving(this.renderer));
      if (pick === null || !skip) return super.render(params);
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }

    /** The picking pass alone, as sigma 3.0.3's `Program.render` draws it. */
    renderPicking(params: RenderParams): void {
      const pick = this.pickProgram;
      if (pick === null || this.hasNothingToRender()) return;
      const ratio = params.pixelRatio / params.downSizingRatio;
      pick.gl.viewport(0, 0, params.width * ratio, params.height * ratio);
      this.bindProgram(pick);
      this.renderProgram({ ...params, pixelRatio: ratio }, pick);
      this.unbindProgram(pick);
    }
  }
  return AtRest as unknown as T;
}
