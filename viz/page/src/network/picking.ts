/**
 * The picking layer of the first frame of a big graph drawn just after that frame, not in it. Sigma draws
 * every node and edge twice per full frame: once on screen and once, in id colours, into the picking
 * textures it reads to find what is under the mouse. In software WebGL that second pass is about a third
 * of the first frame of the 20k/60k graph (bench:viz). `pickAfterNextFrame` leaves it out of the next frame
 * (instancing.ts `pickingAtRest` asks `pickingDeferred`), then, in the task after the following animation
 * frame, draws it alone with that frame's camera into the textures that frame left empty: the graph is
 * on screen sooner, hover and click answer once the pass has run. If any frame is drawn in between, it
 * was a full one (picking included) and the pass is not needed.
 * Uses sigma 3.0.3 internals (`nodePrograms`, `edgePrograms`, `getRenderParams`; the project pins it).
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';

/** The performance mark set when the put-off picking pass has been drawn (bench:viz reads it). */
export const PICKING_DRAWN_MARK = 'kg:picking-drawn';

const deferred = new WeakSet<object>();

/** The page's `requestAnimationFrame` (typed here: unit tests typecheck this module without the DOM). */
const nextFrame = (callback: () => void) =>
  (globalThis as unknown as { requestAnimationFrame(cb: () => void): number }).requestAnimationFrame(
    callback,
  );

/** True while the next frame of `renderer` is to be drawn without its picking pass. */
export function pickingDeferred(renderer: object): boolean {
  return deferred.has(renderer);
}

/** A program that can draw its picking pass alone (instancing.ts, lod.ts) or holds programs that can. */
interface PickingPass {
  renderPicking?(params: RenderParams): void;
  programs?: PickingPass[];
}

interface Internals {
  nodePrograms: Record<string, PickingPass>;
  edgePrograms: Record<string, PickingPass>;
  getRenderParams(): RenderParams;
}

function renderPicking(program: PickingPass, params: RenderParams): void {
  if (program.renderPicking) program.renderPicking(params);
  else for (const inner of program.programs ?? []) renderPicking(inner, params);
}

/** Draws the picking pass of every program, as the last frame's camera left it. */
function drawPicking(renderer: object): void {
  const sigma = renderer as unknown as Partial<Internals>;
  if (!sigma.nodePrograms || !sigma.edgePrograms || !sigma.getRenderParams) return;
  const params = sigma.getRenderParams.call(renderer);
  for (const program of Object.values(sigma.nodePrograms)) renderPicking(program, params);
  for (const program of Object.values(sigma.edgePrograms)) renderPicking(program, params);
}

/**
 * @example
 * pickAfterNextFrame(renderer); // after adding a big graph, before the refresh that draws it
 */
export function pickAfterNextFrame<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): void {
  if (deferred.has(renderer)) return;
  deferred.add(renderer);
  renderer.once('afterRender', () => {
    deferred.delete(renderer);
    let drawn = false;
    const full = () => (drawn = true);
    renderer.once('afterRender', full);
    // after the next animation frame, so the first frame reaches the screen before this work
    nextFrame(() =>
      setTimeout(() => {
        renderer.off('afterRender', full);
        if (!drawn) drawPicking(renderer);
        performance.mark(PICKING_DRAWN_MARK);
      }, 0),
    );
  });
}
