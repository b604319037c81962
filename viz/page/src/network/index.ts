/**
 * Network feature: loads the graph (GET /api/graph in columns, requested before the page is built:
 * `requestGraph`) and the documents list, places nodes at their saved positions, runs ForceAtlas2
 * (worker) then noverlap, and wires hover, click, drag, legend, stats and controls. Drawing is all in the
 * reducers (reducers.ts) driven by `app.state`.
 *
 * Headless Chromium and WebGL (for page engineer B's e2e test and bench), measured with Debian's chromium:
 * sigma needs WebGL, and software GL works headless. Recommended, clean console:
 *   chromium.launch({ executablePath: '/usr/bin/chromium',
 *     args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] })
 * Without those two flags it still renders (playwright's and the CLI's defaults fall back to SwiftShader)
 * but Chromium logs "GL Driver Message … GPU stall due to ReadPixels" warnings, and a future Chromium may
 * refuse software WebGL without `--enable-unsafe-swiftshader`. The CLI equivalent:
 *   chromium --headless --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader \
 *     --virtual-time-budget=10000 --screenshot=x.png --window-size=1280,720 URL
 * The top bar's `#graph-stats` carries `data-nodes`/`data-edges` (what is drawn) and `data-loaded="true"`
 * once the graph has loaded (wait for `#graph-stats[data-loaded]` in tests).
 */
import type { DocumentsResponse, GraphColumnsView } from '../../../api/schema.ts';
import { errorMessage, type PageApi } from '../api/index.ts';
import { pageConfig } from '../app/config.ts';
import type { App } from '../app/index.ts';
import { enableDrag } from './drag.ts';
import { mergeGraphColumns } from './graph.ts';
import { batchGraphChange } from './renderer.ts';
import { mountBanner, mountControls, mountStats } from './controls.ts';
import { createLayout, type LayoutControl } from './layout.ts';
import { mountLegend } from './legend.ts';
import { loadPositions, savePositions } from './storage.ts';
import { pickAfterNextFrame } from './picking.ts';
import { SCALE } from './scale.ts';

export { typeColor } from './reducers.ts';

/** The first graph window and the documents list, requested before the page is built (`requestGraph`). */
export type InitialGraph = Promise<[GraphColumnsView, DocumentsResponse]>;

/** The performance mark set when the first frame with the loaded graph has been drawn. */
export const FIRST_DRAWN_MARK = 'kg:graph-drawn';

/** How many nodes the first window holds (the best-connected ones; the rest come by expansion). */
export const INITIAL_WINDOW = 5000;

/**
 * Starts the requests the first frame needs, so the server's work and the transfer overlap building the
 * renderer and the panels (bench:viz: they were ~15% of the first render, on the page's critical path).
 * @example
 * const initial = requestGraph(api); // first thing in main.ts
 * mountNetwork(createApp(api), initial);
 */
export function requestGraph(api: PageApi): InitialGraph {
  // columns in binary: no object per node or edge, and no JSON to parse (viz/api/graph-binary.ts)
  const initial: InitialGraph = Promise.all([api.graphBinary({ limit: INITIAL_WINDOW }), api.documents()]);
  initial.catch(() => undefined); // reported by mountNetwork, which awaits it once the page is built
  return initial;
}

/**
 * @example
 * mountNetwork(app, requestGraph(app.api)); // after createApp(), before features that need the graph
 */
export function mountNetwork(app: App, initial: InitialGraph = requestGraph(app.api)): void {
  const key = pageConfig.storage.positions;
  const save = () => savePositions(key, app.graph);
  mountLegend(app);
  mountStats(app);
  mountBanner(app);
  let layout: LayoutControl | null = null;
  wireInteractions(app, save, () => layout?.stop());
  app.on('layout:run', ({ ms }) => layout?.start(ms));
  void load(app, initial, save, (l) => (layout = l));
}

async function load(
  app: App,
  initial: InitialGraph,
  save: () => void,
  setLayout: (l: LayoutControl) => void,
): Promise<void> {
  try {
    // read while the answer is on its way (parsing 20k saved positions takes ~0.1 s)
    const saved = loadPositions(pageConfig.storage.positions);
    const [graph, docs] = await initial;
    for (const d of docs.documents) app.documents.set(d.id, d);
    app.emit('documents:loaded', docs.documents);
    batchGraphChange(app.renderer, () => mergeGraphColumns(app.graph, graph, (id) => saved[id]));
    // a big graph's first frame without its picking pass, drawn alone right after it (picking.ts)
    if (app.graph.order > SCALE.pickingAfterFirstFrameAbove) pickAfterNextFrame(app.renderer);
    // for bench:viz and the browser's performance panel: when the loaded graph was first drawn
    app.renderer.once('afterRender', () => performance.mark(FIRST_DRAWN_MARK));
    const ids = graph.nodes.id;
    const placed = ids.filter((id) => saved[id]).length;
    const layout = createLayout(app.graph, app.renderer, save);
    setLayout(layout);
    mountControls(app, layout, pageConfig.layoutAutoStopMs);
    // a graph laid out on an earlier visit keeps its shape; otherwise lay it out now
    if (placed < ids.length * 0.9) layout.start(pageConfig.layoutAutoStopMs);
    app.emit('graph:loaded', { nodes: app.graph.order, edges: app.graph.size });
    if (graph.truncated) {
      app.notify(`Showing the ${ids.length} best-connected nodes of ${graph.total?.nodes ?? 'more'}.`);
    }
    window.addEventListener('pagehide', save);
  } catch (error) {
    app.notify(`Could not load the graph: ${errorMessage(error)}`, 'error');
  }
}

function wireInteractions(app: App, save: () => void, stopLayout: () => void): void {
  const { renderer, state } = app;
  const wasDragged = enableDrag(app.graph, renderer, { onStart: stopLayout, onEnd: save });
  renderer.on('enterNode', ({ node }) => state.set({ hovered: node }));
  renderer.on('leaveNode', () => state.set({ hovered: null }));
  renderer.on('clickNode', ({ node }) => {
    if (!wasDragged()) state.set({ selection: { kind: 'node', id: node } });
  });
  renderer.on('clickEdge', ({ edge }) => state.set({ selection: { kind: 'edge', id: edge } }));
  renderer.on('enterNode', () => renderer.getContainer().classList.add('pointer'));
  renderer.on('leaveNode', () => renderer.getContainer().classList.remove('pointer'));
}
