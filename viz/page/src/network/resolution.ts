/**
 * Reduced resolution while the camera moves on big graphs, full resolution at rest. In software WebGL
 * (SwiftShader, machines without a usable GPU) a moving frame of a big graph costs in proportion to the
 * pixels it fills, clears and composites (bench:viz: 20k point sprites at 1280×720 vs half that size), so
 * while the camera moves on a graph that already hides edges and labels while moving (scale.ts), sigma's
 * canvases are drawn at a lower pixel ratio (`movingPixelRatio`: about a quarter of the pixels of a
 * 1280×720 view, never below a third of the device's ratio) and stretched back by the browser: every node
 * in place, at its size and colour, blurrier. The first frame after the camera stops is drawn at the full
 * device pixel ratio again, edges, labels and picking included. Small graphs are never reduced.
 * Uses sigma internals (`resize`, `pixelRatio`, the layer elements and contexts), private in sigma 3.0.3,
 * which the project pins; when they are missing this does nothing.
 */
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from './graph.ts';
import { isMoving } from './instancing.ts';
import { SCALE } from './scale.ts';

/** The parts of sigma's renderer this module relies on. */
interface Internals {
  resize(force?: boolean): unknown;
  pixelRatio: number;
  width: number;
  height: number;
  // structural types: the unit test's Node typecheck has no DOM types
  elements: Record<string, { width: number; height: number }>;
  canvasContexts: Record<string, { scale(x: number, y: number): void }>;
  webGLContexts: Record<string, { viewport(x: number, y: number, w: number, h: number): void }>;
}

/** Pixels a moving frame aims at: a quarter of a 1280×720 view (bench:viz's viewport). */
export const MOVING_PIXELS = (1280 * 720) / 4;

/** The lowest share of the device pixel ratio a moving frame is drawn at. */
export const MOVING_MIN_SHARE = 1 / 3;

/**
 * The pixel ratio of a moving frame for a `width`×`height` (CSS pixels) view on a device of ratio
 * `deviceRatio`: `MOVING_PIXELS` pixels, within [deviceRatio / 3, deviceRatio]. Pure.
 * @example
 * movingPixelRatio(1280, 720, 1); // 0.5
 * movingPixelRatio(1920, 1080, 1); // 0.333…
 */
export function movingPixelRatio(width: number, height: number, deviceRatio: number): number {
  const fit = Math.sqrt(MOVING_PIXELS / Math.max(1, width * height));
  return Math.min(deviceRatio, Math.max(deviceRatio * MOVING_MIN_SHARE, fit));
}

/** Renderers with the reduction switched off (`setLowResolutionWhileMoving`: bench:viz's A/B). */
const switchedOff = new WeakSet<object>();

/**
 * Switches the reduction on (the default) or off for `renderer`, e.g. to measure both in the same page.
 * @example
 * setLowResolutionWhileMoving(renderer, false); // full resolution in every frame
 */
export function setLowResolutionWhileMoving(renderer: Sigma<NodeAttrs, EdgeAttrs>, on: boolean): void {
  if (on) switchedOff.delete(renderer);
  else switchedOff.add(renderer);
}

/**
 * @example
 * lowResolutionWhileMoving(renderer); // once, after creating the renderer
 */
export function lowResolutionWhileMoving(renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
  const sigma = renderer as unknown as Internals;
  const proto = Object.getPrototypeOf(sigma) as Partial<Internals>;
  if (!proto.resize || !sigma.elements || !sigma.webGLContexts || !sigma.canvasContexts) return;
  const sigmaResize = proto.resize;
  // the ratio the canvases are sized at when it is not sigma's own (null: sigma's)
  let applied: number | null = null;
  const lean = () =>
    !switchedOff.has(renderer) &&
    renderer.getGraph().order > SCALE.lowResolutionWhileMovingAbove &&
    renderer.getSetting('hideEdgesOnMove') &&
    renderer.getSetting('hideLabelsOnMove') &&
    isMoving(renderer as unknown as Sigma);

  // whatever ended the move (camera animation, drag, wheel), a frame at full resolution follows it
  let check: ReturnType<typeof setTimeout> | null = null;
  renderer.on('afterRender', () => {
    if (applied === null || check !== null) return;
    check = setTimeout(() => {
      check = null;
      if (applied !== null && !lean()) renderer.scheduleRender();
    }, 200);
  });
  renderer.on('kill', () => check !== null && clearTimeout(check));

  sigma.resize = function resize(force?: boolean) {
    if (!lean()) {
      const back = applied !== null;
      applied = null;
      return sigmaResize.call(sigma, force || back); // sigma's sizing at the device ratio
    }
    const { width, height } = sigma;
    sigmaResize.call(sigma, force); // width, height and device ratio (canvases only if the size changed)
    const ratio = movingPixelRatio(sigma.width, sigma.height, sigma.pixelRatio);
    const changed = force || applied !== ratio || width !== sigma.width || height !== sigma.height;
    if (changed) sizeLayers(sigma, ratio);
    sigma.pixelRatio = ratio; // what sigma's programs scale point sizes and the viewport by
    applied = ratio;
    return renderer;
  };
}

/** Sigma's canvas sizing (its `resize`) at pixel ratio `ratio` instead of the device's. */
function sizeLayers(sigma: Internals, ratio: number): void {
  const w = Math.max(1, Math.round(sigma.width * ratio));
  const h = Math.max(1, Math.round(sigma.height * ratio));
  for (const id in sigma.canvasContexts) {
    sigma.elements[id]!.width = w; // also clears the canvas and resets its transform
    sigma.elements[id]!.height = h;
    sigma.canvasContexts[id]!.scale(ratio, ratio);
  }
  for (const id in sigma.webGLContexts) {
    sigma.elements[id]!.width = w;
    sigma.elements[id]!.height = h;
    sigma.webGLContexts[id]!.viewport(0, 0, sigma.width * ratio, sigma.height * ratio);
  }
  // picking textures keep their size: no picking pass while moving (instancing.ts), and sigma's own resize
  // at rest replaces them
}
