/* global window, document, performance, requestAnimationFrame, fetch, setTimeout, WebGL2RenderingContext */
/**
 * Benchmark page for `npm run bench:viz`: loads a synthetic graph from /graph.json into the viewer's own
 * graph, renderer (same settings and reducers) and view keeper, then exposes measurements on
 * `window.bench` for the runner: time to first render, frames per second during a scripted pan/zoom,
 * ForceAtlas2 iterations per second in the web worker and, as the baseline, synchronously on the main thread,
 * and the cost of one full refresh (what a hover or a filter change costs: reducers over the whole graph).
 * Times that end with a drawing wait for the GPU process to finish it (a 1-pixel readPixels on each of
 * sigma's WebGL canvases), so queued-but-undrawn work is not counted as done.
 * Plain JS so the Node typecheck (which has no DOM types) does not include it; Vite bundles the TS it imports.
 */
import forceAtlas2, { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { initialState } from '../../../viz/page/src/app/state.ts';
import { createStore } from '../../../viz/page/src/app/store.ts';
import { createGraph, mergeGraphPart } from '../../../viz/page/src/network/graph.ts';
import { coalescedRefresh, createRenderer } from '../../../viz/page/src/network/renderer.ts';
import { keepView } from '../../../viz/page/src/network/view.ts';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Blocks until the GPU process has executed everything sigma queued (readPixels is synchronous). */
function gpuDone(renderer) {
  const pixel = new Uint8Array(4);
  for (const canvas of Object.values(renderer.getCanvases())) {
    const gl = canvas.getContext('webgl2');
    if (gl instanceof WebGL2RenderingContext) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
  return performance.now();
}

async function load() {
  const graph = createGraph();
  const state = createStore(initialState());
  let view = null;
  const renderer = createRenderer(graph, document.getElementById('sigma-container'), () => view.context());
  view = keepView(graph, state, () => undefined, coalescedRefresh(renderer)); // as app/create.ts
  const part = await (await fetch('/graph.json')).json();
  const fetchedAt = performance.now();
  const positions = new Map(part.positions.map((p) => [p.id, p]));
  mergeGraphPart(graph, part, (id) => positions.get(id));
  view.graphChanged(); // as app/create.ts does once the graph's additions are done
  await frame(); // the coalesced refresh draws the graph in this frame
  await frame();
  const firstRenderMs = gpuDone(renderer);
  return { graph, renderer, state, fetchedAt, firstRenderMs };
}

const ready = load();

/** Counts animation frames and sigma renders while the camera pans and zooms for `durationMs`. */
async function panZoom(durationMs) {
  const { renderer } = await ready;
  const camera = renderer.getCamera();
  let renders = 0;
  const onRender = () => (renders += 1);
  renderer.on('afterRender', onRender);
  let frames = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const moves = [
    { x: 0.35, y: 0.4, ratio: 0.5 },
    { x: 0.65, y: 0.6, ratio: 0.3 },
    { x: 0.5, y: 0.5, ratio: 1.2 },
    { x: 0.3, y: 0.7, ratio: 0.7 },
    { x: 0.5, y: 0.5, ratio: 1 },
  ];
  let i = 0;
  await camera.animate({ x: 0.5, y: 0.5, ratio: 0.9 }, { duration: 300 }); // warm-up: shaders compiled, buffers sized
  frames = 0;
  renders = 0;
  const measured = performance.now();
  while (performance.now() - measured < durationMs) {
    await camera.animate(moves[i % moves.length], { duration: 500 });
    i += 1;
  }
  running = false;
  const seconds = (performance.now() - measured) / 1000;
  renderer.off('afterRender', onRender);
  return { frames, renders, seconds, fps: frames / seconds, renderFps: renders / seconds };
}

/**
 * A hover on and off `times` times: from the store change to the GPU having drawn the result (the page's
 * redraw path: view.ts → coalesced refresh → reducers over every node and edge → indexing → drawing), in ms.
 */
async function hover(times) {
  const { graph, renderer, state } = await ready;
  const nodes = graph.nodes();
  let total = 0;
  for (let i = 0; i < times; i++) {
    await frame();
    const start = performance.now();
    state.set({ hovered: i % 2 === 0 ? nodes[(i * 7919) % nodes.length] : null });
    await frame(); // the coalesced refresh was queued first, so it has run when this resolves
    total += gpuDone(renderer) - start;
  }
  state.set({ hovered: null });
  return { ms: total / times };
}

/** ForceAtlas2 in its web worker (the viewer's settings) for `durationMs`: iterations/s and page FPS meanwhile. */
async function layoutWorker(durationMs) {
  const { graph } = await ready;
  const settings = { ...inferSettings(graph.order), barnesHutOptimize: graph.order > 300, slowDown: 3 };
  const layout = new FA2Layout(graph, { settings });
  let iterations = 0;
  const onUpdate = () => (iterations += 1);
  graph.on('eachNodeAttributesUpdated', onUpdate);
  let frames = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    frames += 1;
    requestAnimationFrame(tick);
  };
  const start = performance.now();
  layout.start();
  requestAnimationFrame(tick);
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  running = false;
  layout.kill();
  graph.off('eachNodeAttributesUpdated', onUpdate);
  const seconds = (performance.now() - start) / 1000;
  return { iterations, seconds, perSecond: iterations / seconds, fps: frames / seconds };
}

/** The baseline: the same ForceAtlas2 settings run synchronously on the main thread. */
async function layoutSync(iterations) {
  const { graph } = await ready;
  const settings = { ...inferSettings(graph.order), barnesHutOptimize: graph.order > 300, slowDown: 3 };
  const start = performance.now();
  forceAtlas2(graph, { iterations, settings });
  const seconds = (performance.now() - start) / 1000;
  return { iterations, seconds, perSecond: iterations / seconds };
}

// The renderer, for experiments in the console (e.g. `benchRenderer.setSettings({ renderLabels: false })`).
void ready.then(({ renderer }) => (window.benchRenderer = renderer));

window.bench = {
  ready: ready.then(({ graph, renderer, fetchedAt, firstRenderMs }) => ({
    nodes: graph.order,
    edges: graph.size,
    fetchedMs: fetchedAt,
    firstRenderMs,
    hideEdgesOnMove: renderer.getSetting('hideEdgesOnMove'),
    hideLabelsOnMove: renderer.getSetting('hideLabelsOnMove'),
  })),
  panZoom,
  hover,
  layoutWorker,
  layoutSync,
};
