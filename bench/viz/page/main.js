/* global window, document, performance, requestAnimationFrame, fetch, setTimeout */
/**
 * Benchmark page for `npm run bench:viz`: loads a synthetic graph from /graph.json into the viewer's own
 * graph, renderer (same settings and reducers) and view keeper, then exposes measurements on
 * `window.bench` for the runner: time to first render, frames per second during a scripted pan/zoom,
 * ForceAtlas2 iterations per second in the web worker and, as the baseline, synchronously on the main thread.
 * Plain JS so the Node typecheck (which has no DOM types) does not include it; Vite bundles the TS it imports.
 */
import forceAtlas2, { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { initialState } from '../../../viz/page/src/app/state.ts';
import { createStore } from '../../../viz/page/src/app/store.ts';
import { createGraph, mergeGraphPart } from '../../../viz/page/src/network/graph.ts';
import { createRenderer } from '../../../viz/page/src/network/renderer.ts';
import { keepView } from '../../../viz/page/src/network/view.ts';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

async function load() {
  const graph = createGraph();
  const state = createStore(initialState());
  let view = null;
  const renderer = createRenderer(graph, document.getElementById('sigma-container'), () => view.context());
  view = keepView(
    graph,
    state,
    () => undefined,
    () => renderer.scheduleRefresh(),
  );
  const part = await (await fetch('/graph.json')).json();
  const fetchedAt = performance.now();
  const positions = new Map(part.positions.map((p) => [p.id, p]));
  mergeGraphPart(graph, part, (id) => positions.get(id));
  view.graphChanged();
  renderer.refresh();
  await frame(); // the first frame with the graph drawn is on screen after this
  const firstRenderMs = performance.now();
  return { graph, renderer, fetchedAt, firstRenderMs };
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
  ready: ready.then(({ graph, fetchedAt, firstRenderMs }) => ({
    nodes: graph.order,
    edges: graph.size,
    fetchedMs: fetchedAt,
    firstRenderMs,
  })),
  panZoom,
  layoutWorker,
  layoutSync,
};
