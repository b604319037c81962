/**
 * Moving frames without redundant work, for big graphs in software WebGL. Sigma 3.0.3 starts every frame
 * by clearing all six layers (three WebGL canvases, three 2D canvases) and allocating a fresh full-size
 * picking texture for nodes and for edges. While the camera moves on a graph that hides edges and labels
 * (scale.ts), only the nodes layer is drawn: clearing layers that are already empty still makes the
 * browser copy and composite them, and the picking textures are never drawn into (no picking pass while
 * moving, instancing.ts). `leanMovingFrames` clears a layer only when something was drawn on it since it
 * was last cleared and keeps the picking textures while moving; every node is still drawn in every frame,
 * and the first frame at rest is sigma's full frame (all layers, picking included). The layers a moving
 * frame leaves empty are also hidden (`visibility: hidden`) until a frame draws on them again: with the
 * browser compositing in software (no GPU), every full-size layer on screen is copied, scaled and blended
 * in every frame, drawn on or not (bench:viz: +35-40% FPS while panning at 1280×720 and 1920×1080). An
 * empty transparent layer shows nothing, so what a person sees is the same.
 * Uses sigma internals (`clear`, `resetWebGLTexture`, `renderHighlightedNodes`, the layers and contexts),
 * private in sigma 3.0.3, which the project pins; when they are missing this does nothing.
 */
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from './graph.ts';
import { isMoving } from './instancing.ts';

/** The parts of sigma's renderer this module relies on. */
interface Internals {
  clear(): unknown;
  resetWebGLTexture(id: string): unknown;
  renderHighlightedNodes(): unknown;
  // structural types: the unit test's Node typecheck has no DOM types
  webGLContexts: Record<
    string,
    {
      FRAMEBUFFER: number;
      COLOR_BUFFER_BIT: number;
      bindFramebuffer(t: number, b: null): void;
      clear(m: number): void;
    }
  >;
  canvasContexts: Record<string, { clearRect(x: number, y: number, w: number, h: number): void }>;
  elements: Record<string, { style: { visibility: string } }>;
  width: number;
  height: number;
}

/** Layers drawn by edge programs, and by labels/hover (sigma's `clear` lists them the same way). */
const EDGE_GL = ['edges'];
const LABEL_GL = ['hoverNodes'];
const LABEL_2D = ['labels', 'hovers', 'edgeLabels'];
const LABEL_LAYERS = [...LABEL_GL, ...LABEL_2D];

/** Renderers whose empty layers stay on screen while moving (`setHideEmptyLayers`: bench:viz's A/B). */
const layersKept = new WeakSet<object>();

/**
 * Switches the hiding of empty layers on (the default) or off for `renderer`, e.g. to measure both in
 * the same page; clearing only what holds a drawing stays on either way.
 * @example
 * setHideEmptyLayers(renderer, false); // every layer composited in every frame, as sigma leaves them
 */
export function setHideEmptyLayers(renderer: Sigma<NodeAttrs, EdgeAttrs>, on: boolean): void {
  if (on) layersKept.delete(renderer);
  else layersKept.add(renderer);
}

/**
 * @example
 * leanMovingFrames(renderer); // once, after creating the renderer
 */
export function leanMovingFrames(renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
  const sigma = renderer as unknown as Internals;
  const moving = () => isMoving(renderer as unknown as Sigma);
  const proto = Object.getPrototypeOf(sigma) as Partial<Internals>;
  if (!proto.clear || !proto.resetWebGLTexture || !proto.renderHighlightedNodes) return;
  const resetTexture = proto.resetWebGLTexture;
  const renderHighlighted = proto.renderHighlightedNodes;
  // whether each group of layers may hold a drawing (true: clear it)
  let edgesInk = true;
  let labelsInk = true;
  const clearGl = (ids: string[]) => {
    for (const id of ids) {
      const gl = sigma.webGLContexts[id];
      if (!gl) continue;
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.clear(gl.COLOR_BUFFER_BIT);
    }
  };
  const clear2d = (ids: string[]) => {
    for (const id of ids) sigma.canvasContexts[id]?.clearRect(0, 0, sigma.width, sigma.height);
  };
  // layers hidden because they are empty (style written on changes only)
  const hidden = new Set<string>();
  const show = (ids: string[], visible: boolean) => {
    for (const id of ids) {
      const element = sigma.elements[id];
      if (!element || hidden.has(id) !== visible) continue;
      element.style.visibility = visible ? '' : 'hidden';
      if (visible) hidden.delete(id);
      else hidden.add(id);
    }
  };
  sigma.clear = function clear() {
    renderer.emit('beforeClear');
    const movingNow = moving();
    clearGl(['nodes']);
    if (edgesInk) clearGl(EDGE_GL);
    if (labelsInk) {
      clearGl(LABEL_GL);
      clear2d(LABEL_2D);
    }
    // what this frame will draw (sigma's render: edges unless hidden while moving, labels likewise)
    edgesInk = !(movingNow && renderer.getSetting('hideEdgesOnMove'));
    labelsInk = !(movingNow && renderer.getSetting('hideLabelsOnMove'));
    // layers left empty by this frame are hidden, layers it draws on are shown before it draws
    const keep = layersKept.has(renderer);
    show(EDGE_GL, edgesInk || keep);
    show(LABEL_LAYERS, labelsInk || keep);
    renderer.emit('afterClear');
    return renderer;
  };
  sigma.resetWebGLTexture = function resetWebGLTexture(id: string) {
    // no picking pass in moving frames when edges are hidden (instancing.ts pickingAtRest): keep the texture
    if (renderer.getSetting('hideEdgesOnMove') && moving()) return renderer;
    return resetTexture.call(sigma, id);
  };
  sigma.renderHighlightedNodes = function renderHighlightedNodes() {
    labelsInk = true; // draws the hovered nodes outside sigma's render too
    show(LABEL_LAYERS, true);
    return renderHighlighted.call(sigma);
  };
}
