/**
 * Moving frames without redundant work, for big graphs in software WebGL. Sigma 3.0.3 starts every frame
 * by clearing all six layers (three WebGL canvases, three 2D canvases) and allocating a fresh full-size
 * picking texture for nodes and for edges. While the camera moves on a graph that hides edges and labels
 * (scale.ts), only the nodes layer is drawn: clearing layers that are already empty still makes the
 * browser copy and composite them, and the picking textures are never drawn into (no picking pass while
 * moving, instancing.ts). `leanMovingFrames` clears a layer only when something was drawn on it since it
 * was last cleared and keeps the picking textures while moving; every node is still drawn in every frame,
 * and the first frame at rest is sigma's full frame (all layers, picking included). Layers are cleared
 * only once drawn on: the frames of an empty graph (the renderer is built before the graph arrives) and
 * the hover layers with nothing hovered are left alone, which spares the browser reading each of those
 * full-size WebGL canvases back for its software compositor (~60-90 ms each in the first render's trace).
 * The layers a frame leaves empty are also hidden (`visibility: hidden`) until a frame draws on them again: with the
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
  hoveredNode: string | null;
  highlightedNodes: Set<string>;
  width: number;
  height: number;
}

/** sigma's layers by what draws on them (sigma's `clear` clears the six). */
const GL_LAYERS = ['nodes', 'edges', 'hoverNodes'];
const LAYERS_2D = ['labels', 'hovers', 'edgeLabels'];
/** Layers drawn on by sigma's `renderHighlightedNodes` (hovered and highlighted nodes). */
const HOVER_LAYERS = ['hoverNodes', 'hovers'];
/** Layers that may be hidden while empty (all but sigma's mouse layer, which takes the pointer events). */
const HIDEABLE = ['nodes', 'edges', 'hoverNodes', 'labels', 'hovers', 'edgeLabels'];

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

/** Whether layers are cleared only once drawn on (`setLeanClears`: bench:viz's A/B). */
let leanClears = true;

/**
 * Switches clearing only what was drawn on (the default) or clearing as sigma does (every layer in every
 * frame, the hover layers in every frame at rest) for renderers created from now on, e.g. to measure both.
 * @example
 * setLeanClears(false); // before createRenderer
 */
export function setLeanClears(on: boolean): void {
  leanClears = on;
}

/** True when new renderers clear only what was drawn on (renderer.ts skips the constructor's clear). */
export function leanClearsOn(): boolean {
  return leanClears;
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
  // whether each layer may hold a drawing (true: clear it): a renderer created with an empty graph has
  // blank canvases (renderer.ts skips the constructor's clear); with a graph, it has drawn on them
  const lean = leanClears;
  const ink: Record<string, boolean> = {};
  if (!lean || renderer.getGraph().order > 0) for (const id of [...GL_LAYERS, ...LAYERS_2D]) ink[id] = true;
  const clearLayer = (id: string) => {
    if (!ink[id] && lean) return;
    ink[id] = false;
    const gl = sigma.webGLContexts[id];
    if (gl && GL_LAYERS.includes(id)) {
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.clear(gl.COLOR_BUFFER_BIT);
    } else sigma.canvasContexts[id]?.clearRect(0, 0, sigma.width, sigma.height);
  };
  // layers hidden because they are empty (style written on changes only)
  const hidden = new Set<string>();
  const showInked = () => {
    const keep = layersKept.has(renderer);
    for (const id of HIDEABLE) {
      const element = sigma.elements[id];
      // sigma's clears (`setLeanClears(false)`): the nodes layer always shown, the hover layers with labels
      const always = !lean && (id === 'nodes' || (HOVER_LAYERS.includes(id) && ink.labels === true));
      const visible = keep || always || ink[id] === true;
      if (!element || hidden.has(id) !== visible) continue;
      element.style.visibility = visible ? '' : 'hidden';
      if (visible) hidden.delete(id);
      else hidden.add(id);
    }
  };
  // a renderer built before its graph arrives shows nothing until then: its blank layers need no compositing
  if (lean) showInked();
  sigma.clear = function clear() {
    renderer.emit('beforeClear');
    for (const id of [...GL_LAYERS, ...LAYERS_2D]) clearLayer(id);
    // what this frame will draw (sigma's render: nothing on an empty graph, then nodes, edges unless
    // hidden while moving, labels likewise; hovered nodes are drawn by renderHighlightedNodes, below)
    const graph = renderer.getGraph();
    if (graph.order > 0) {
      const movingNow = moving();
      ink.nodes = true;
      ink.edges = graph.size > 0 && !(movingNow && renderer.getSetting('hideEdgesOnMove'));
      ink.labels = ink.edgeLabels = !(movingNow && renderer.getSetting('hideLabelsOnMove'));
    }
    // layers left empty by this frame are hidden, layers it draws on are shown before it draws
    showInked();
    renderer.emit('afterClear');
    return renderer;
  };
  sigma.resetWebGLTexture = function resetWebGLTexture(id: string) {
    // no picking pass in moving frames when edges are hidden (instancing.ts pickingAtRest): keep the texture
    if (renderer.getSetting('hideEdgesOnMove') && moving()) return renderer;
    return resetTexture.call(sigma, id);
  };
  sigma.renderHighlightedNodes = function renderHighlightedNodes() {
    // it clears both hover layers, then draws the hovered and highlighted nodes on them: with none to
    // draw and nothing to clear it would only make the browser copy two empty full-size layers again
    const highlighted = sigma.highlightedNodes instanceof Set ? sigma.highlightedNodes.size : 1;
    const some = sigma.hoveredNode != null || highlighted > 0;
    if (lean && !some && !HOVER_LAYERS.some((id) => ink[id])) return renderer;
    for (const id of HOVER_LAYERS) ink[id] = some;
    if (some) showInked();
    renderHighlighted.call(sigma);
    if (!some) showInked();
    return renderer;
  };
}
