/* global window, document, URLSearchParams, performance, requestAnimationFrame, setTimeout, WebGL2RenderingContext */
/**
 * Benchmark page for `npm run bench:viz`: loads a synthetic graph from GET /api/graph?format=columns (the
 * viewer's API client and format, saved positions from localStorage as the viewer keeps them) into the viewer's own
 * graph, renderer (same settings and reducers) and view keeper, then exposes measurements on
 * `window.bench` for the runner: time to first render, frames per second during a scripted pan/zoom,
 * ForceAtlas2 iterations per second in the web worker and, as the baseline, synchronously on the main thread,
 * and the cost of one full refresh (what a hover or a filter change costs: reducers over the whole graph).
 * Times that end with a drawing wait for the GPU process to finish it (a 1-pixel readPixels on each of
 * sigma's WebGL canvases), so queued-but-undrawn work is not counted as done.
 * Plain JS so the Node typecheck (which has no DOM types) does not include it; Vite bundles the TS it imports.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { NodeCircleProgram } from 'sigma/rendering';
import { pickingAtRest, withoutInstancing } from '../../../viz/page/src/network/instancing.ts';
import { initialState } from '../../../viz/page/src/app/state.ts';
import { createStore } from '../../../viz/page/src/app/store.ts';
import { createPageApi } from '../../../viz/page/src/api/index.ts';
import { pageConfig } from '../../../viz/page/src/app/config.ts';
import { createGraph, mergeGraphColumns } from '../../../viz/page/src/network/graph.ts';
import { loadPositions } from '../../../viz/page/src/network/storage.ts';
import { createLayout, layoutSettings } from '../../../viz/page/src/network/layout.ts';
import {
  batchGraphChange,
  coalescedRefresh,
  createRenderer,
} from '../../../viz/page/src/network/renderer.ts';
import { keepView } from '../../../viz/page/src/network/view.ts';
import { setLowResolutionWhileMoving } from '../../../viz/page/src/network/resolution.ts';
import { setHideEmptyLayers } from '../../../viz/page/src/network/frames.ts';
import { isMoving } from '../../../viz/page/src/network/instancing.ts';
import { pickAfterNextFrame, PICKING_DRAWN_MARK } from '../../../viz/page/src/network/picking.ts';
import { SCALE } from '../../../viz/page/src/network/scale.ts';

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

/**
 * When the graph answer's headers came (`fetch` resolved) and when its body was parsed (`json` resolved):
 * the page's own fetch, timed, to split the fetch/parse phase.
 */
const answer = { headers: NaN, parsed: NaN };
const pageFetch = window.fetch.bind(window);
window.fetch = async (...args) => {
  const response = await pageFetch(...args);
  if (!String(args[0]).includes('/api/graph')) return response;
  answer.headers = performance.now();
  const json = response.json.bind(response);
  response.json = async () => {
    const value = await json();
    answer.parsed = performance.now();
    return value;
  };
  const arrayBuffer = response.arrayBuffer.bind(response);
  response.arrayBuffer = async () => {
    const value = await arrayBuffer();
    answer.parsed = performance.now(); // the binary answer's bytes in hand (decoding is in `checked`)
    return value;
  };
  return response;
};

async function load() {
  const phases = {};
  let mark = 0;
  const phase = (name) => {
    const now = performance.now();
    phases[name] = now - mark;
    mark = now;
  };
  phase('page'); // navigation start → this script running (HTML, bundle)
  // as main.ts (network/index.ts requestGraph): the window in binary columns through the page's API client
  // (decoded and checked), requested before the renderer is built so the answer arrives meanwhile;
  // `?format=columns`: the JSON columns, zod-checked (the A/B of viz/api/graph-binary.ts)
  const api = createPageApi();
  const graphRequest =
    new URLSearchParams(window.location.search).get('format') === 'columns'
      ? api.graphColumns({ limit: 50_000 })
      : api.graphBinary({ limit: 50_000 });
  const graph = createGraph();
  const state = createStore(initialState());
  let view = null;
  const container = document.getElementById('sigma-container');
  const renderer = createRenderer(graph, container, () => view.context());
  view = keepView(graph, state, () => undefined, coalescedRefresh(renderer)); // as app/create.ts
  phase('renderer');
  const saved = loadPositions(pageConfig.storage.positions); // as network/index.ts: while the answer comes
  const positionsRead = performance.now();
  const part = await graphRequest;
  phase('fetch'); // what is left of the request once the renderer is built: waiting, parsing, checking
  // (and reading the saved positions meanwhile)
  // the request's own timing (resource timing), to see what of `fetch` is the server, the transfer, parsing
  const [timing] = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/graph'));
  const fetchedAt = performance.now();
  const request = {
    start: timing?.requestStart ?? NaN,
    firstByte: timing?.responseStart ?? NaN,
    end: timing?.responseEnd ?? NaN,
    positionsRead,
    headers: answer.headers,
    parsed: answer.parsed,
    checked: fetchedAt,
  };
  if (Object.keys(saved).length !== part.nodes.id.length)
    throw new Error(
      'bench page: no saved positions under the viewer key (bench/viz/harness.ts POSITIONS_KEY)',
    );
  // `?adjacency=plain`: graphology's own adjacency objects (the A/B of network/adjacency.ts)
  const fastAdjacency = new URLSearchParams(window.location.search).get('adjacency') !== 'plain';
  batchGraphChange(renderer, () =>
    mergeGraphColumns(graph, part, (id) => saved[id], Math.random, fastAdjacency),
  );
  // as network/index.ts: a big graph's first frame without its picking pass, drawn just after it;
  // `?picking=first`: picking in the first frame (the A/B of network/picking.ts)
  const pickingAfter =
    new URLSearchParams(window.location.search).get('picking') !== 'first' &&
    graph.order > SCALE.pickingAfterFirstFrameAbove;
  if (pickingAfter) pickAfterNextFrame(renderer);
  view.graphChanged(); // as app/create.ts does once the graph's additions are done
  phase('graph');
  let drawn = 0;
  renderer.once('afterRender', () => (drawn = performance.now()));
  await frame(); // the coalesced refresh draws the graph in this frame
  phases.sigma = drawn - mark; // reducers, indexing, WebGL calls (queued)
  mark = drawn;
  await frame();
  const firstRenderMs = gpuDone(renderer);
  phase('gpu'); // until the GPU process has drawn it
  // when hover and click work: the put-off picking pass drawn (network/picking.ts), or this frame's
  while (pickingAfter && performance.getEntriesByName(PICKING_DRAWN_MARK).length === 0) await frame();
  const pickingReadyMs = pickingAfter ? gpuDone(renderer) : firstRenderMs;
  return { graph, renderer, state, fetchedAt, firstRenderMs, pickingReadyMs, phases, request };
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
 * The pan/zoom figure with the viewer's node program (nodes as points while moving, network/lod.ts) and
 * with the circle program in every frame, alternated (A B A B, `durationMs` in all) so both share the
 * machine's load: FPS of each.
 */
async function panZoomLod(durationMs) {
  const { renderer } = await ready;
  const viewer = renderer.getSetting('nodeProgramClasses');
  const circles = { ...viewer, circle: pickingAtRest(withoutInstancing(NodeCircleProgram)) };
  const fps = { lod: 0, circles: 0 };
  for (let i = 0; i < 4; i++) {
    const variant = i % 2 === 0 ? 'lod' : 'circles';
    renderer.setSettings({ nodeProgramClasses: variant === 'lod' ? viewer : circles });
    await frame();
    await frame();
    fps[variant] += (await panZoom(durationMs / 4)).fps / 2;
  }
  renderer.setSettings({ nodeProgramClasses: viewer });
  await frame();
  return fps;
}

/**
 * The pan/zoom figure with the viewer's settings (edges and labels hidden while the camera moves on big
 * graphs, scale.ts) and with everything drawn in every frame (sigma's defaults: edges, labels and the
 * picking pass while moving), alternated (A B A B, `durationMs` in all): FPS of each. What a person sees
 * differs: with the viewer's settings the edges vanish while panning and come back when it stops.
 */
async function panZoomHidden(durationMs) {
  const { renderer } = await ready;
  const viewer = {
    hideEdgesOnMove: renderer.getSetting('hideEdgesOnMove'),
    hideLabelsOnMove: renderer.getSetting('hideLabelsOnMove'),
  };
  const everything = { hideEdgesOnMove: false, hideLabelsOnMove: false };
  const fps = { viewer: 0, everything: 0 };
  for (let i = 0; i < 4; i++) {
    const variant = i % 2 === 0 ? 'viewer' : 'everything';
    renderer.setSettings(variant === 'viewer' ? viewer : everything);
    await frame();
    await frame();
    fps[variant] += (await panZoom(durationMs / 4)).fps / 2;
  }
  renderer.setSettings(viewer);
  await frame();
  return fps;
}

/**
 * The pan/zoom figure with the viewer's reduced resolution while moving (network/resolution.ts) and with
 * full resolution in every frame, alternated (A B A B, `durationMs` in all): FPS of each, and the size in
 * pixels of the nodes canvas in moving frames (reduced) and at rest.
 */
async function panZoomResolution(durationMs) {
  const { renderer } = await ready;
  const nodes = renderer.getCanvases().nodes;
  const fps = { reduced: 0, full: 0 };
  let moving = null;
  const onRender = () => {
    if (isMoving(renderer)) moving = { width: nodes.width, height: nodes.height };
  };
  for (let i = 0; i < 4; i++) {
    const variant = i % 2 === 0 ? 'reduced' : 'full';
    setLowResolutionWhileMoving(renderer, variant === 'reduced');
    if (variant === 'reduced') renderer.on('afterRender', onRender);
    await frame();
    await frame();
    fps[variant] += (await panZoom(durationMs / 4)).fps / 2;
    renderer.off('afterRender', onRender);
  }
  setLowResolutionWhileMoving(renderer, true);
  await frame();
  await frame();
  const rest = { width: nodes.width, height: nodes.height };
  return { ...fps, moving, rest };
}

/**
 * The pan/zoom figure with the layers a moving frame leaves empty hidden while moving (network/frames.ts,
 * the viewer) and with them left on screen, alternated (A B A B, `durationMs` in all): FPS of each.
 */
async function panZoomLayers(durationMs) {
  const { renderer } = await ready;
  const fps = { hidden: 0, shown: 0 };
  for (let i = 0; i < 4; i++) {
    const variant = i % 2 === 0 ? 'hidden' : 'shown';
    setHideEmptyLayers(renderer, variant === 'hidden');
    await frame();
    await frame();
    fps[variant] += (await panZoom(durationMs / 4)).fps / 2;
  }
  setHideEmptyLayers(renderer, true);
  await frame();
  return fps;
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

/**
 * The viewer's layout (network/layout.ts: ForceAtlas2 in its web worker on a copy of the graph, positions
 * copied to the drawn graph on a throttled schedule) for `durationMs`: iterations/s, copies drawn, page FPS
 * meanwhile, and what stopping costs (last copy + noverlap).
 */
async function layoutWorker(durationMs) {
  const { graph, renderer } = await ready;
  const layout = createLayout(graph, renderer, () => undefined);
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
  const seconds = (performance.now() - start) / 1000;
  const { iterations, copies } = layout.stats();
  const stopping = performance.now();
  layout.stop();
  const stopMs = performance.now() - stopping;
  layout.kill();
  return { iterations, copies, seconds, perSecond: iterations / seconds, fps: frames / seconds, stopMs };
}

/** The baseline: the same ForceAtlas2 settings run synchronously on the main thread. */
async function layoutSync(iterations) {
  const { graph } = await ready;
  const settings = layoutSettings(graph.order);
  const start = performance.now();
  forceAtlas2(graph, { iterations, settings });
  const seconds = (performance.now() - start) / 1000;
  return { iterations, seconds, perSecond: iterations / seconds };
}

// The renderer, for experiments in the console (e.g. `benchRenderer.setSettings({ renderLabels: false })`).
void ready.then(({ renderer }) => (window.benchRenderer = renderer));

window.bench = {
  ready: ready.then(({ graph, renderer, fetchedAt, firstRenderMs, pickingReadyMs, phases, request }) => ({
    phases,
    pickingReadyMs,
    request,
    nodes: graph.order,
    edges: graph.size,
    fetchedMs: fetchedAt,
    firstRenderMs,
    hideEdgesOnMove: renderer.getSetting('hideEdgesOnMove'),
    hideLabelsOnMove: renderer.getSetting('hideLabelsOnMove'),
    defaultEdgeType: renderer.getSetting('defaultEdgeType'),
  })),
  panZoom,
  panZoomLod,
  panZoomHidden,
  panZoomResolution,
  panZoomLayers,
  hover,
  layoutWorker,
  layoutSync,
};
