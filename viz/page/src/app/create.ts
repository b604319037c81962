/**
 * Builds the `App` (see index.ts): API client, graph, sigma renderer with its derived view, store, events,
 * and the shell's behaviour. Features are mounted afterwards by main.ts.
 */
import { createPageApi, type PageApi } from '../api/index.ts';
import { pageConfig } from './config.ts';
import { createGraph, mergeGraphPart } from '../network/graph.ts';
import { loadPositions } from '../network/storage.ts';
import { applyModeSettings, coalescedRefresh, createRenderer } from '../network/renderer.ts';
import { keepView, type ViewKeeper } from '../network/view.ts';
import { showTable } from './table.ts';
import { byId } from './dom.ts';
import type { App, AppEvents } from './index.ts';
import { createNotifier, setupDetails, setupModes, setupTabs } from './layout.ts';
import { initialState, type Highlight } from './state.ts';
import { createEmitter, createStore } from './store.ts';

/**
 * @example
 * const app = createApp();
 * mountNetwork(app);
 */
export function createApp(api: PageApi = createPageApi()): App {
  const graph = createGraph();
  const state = createStore(initialState());
  const events = createEmitter<AppEvents>();
  const documents: App['documents'] = new Map();
  let view: ViewKeeper | null = null;
  const renderer = createRenderer(graph, byId('sigma-container'), () => view!.context());
  view = keepView(graph, state, (id) => documents.get(id)?.date, coalescedRefresh(renderer));
  // the drawing follows a graph change in the next frame; the panels (legend, filters, stats, timeline)
  // after that frame, so the first frame of a 20k-node graph does not wait for their counts (~0.3 s)
  let panelsPending = false;
  const refreshGraph = () => {
    view!.graphChanged();
    if (panelsPending) return;
    panelsPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        panelsPending = false;
        events.emit('graph:changed', { nodes: graph.order, edges: graph.size });
      }),
    );
  };
  graph.on('nodeAdded', scheduleGraphChanged);
  graph.on('nodeDropped', scheduleGraphChanged);
  graph.on('cleared', scheduleGraphChanged);
  graph.on('edgeAdded', scheduleGraphChanged);
  graph.on('edgeDropped', scheduleGraphChanged);
  let pending = false;
  function scheduleGraphChanged(): void {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      refreshGraph();
    });
  }
  state.subscribe(
    (s, prev) => s.mode !== prev.mode && applyModeSettings(renderer, s.mode === 'presentation'),
  );

  const selectTab = setupTabs((tab) => events.emit('tab:selected', tab));
  setupDetails(state);
  setupModes(state);
  const notify = createNotifier();

  // camera coordinates are sigma's "framed graph" space; convert from graph attributes (display data may be
  // un-normalised between a refresh and the next render)
  const framed = (p: { x: number; y: number }) => renderer.viewportToFramedGraph(renderer.graphToViewport(p));

  const app: App = {
    api,
    graph,
    renderer,
    state,
    documents,
    panels: {
      explore: byId('panel-explore'),
      queries: byId('panel-queries'),
      console: byId('panel-console'),
      story: byId('panel-story'),
      details: byId('details-body'),
      timeline: byId('timeline'),
      main: byId('main'),
    },
    showResult(result, options = {}) {
      const positions = loadPositions(pageConfig.storage.positions);
      mergeGraphPart(graph, result.graph, (id) => positions[id]);
      const highlight: Highlight = {
        nodes: result.graph.nodes.map((n) => n.id),
        edges: result.graph.edges.map((e) => e.id),
        isolate: options.isolate ?? false,
        label: options.label ?? 'Query result',
      };
      state.set({ highlight });
      // sigma indexes new nodes on its next frame; fit once they have display data
      if (options.fit ?? true)
        requestAnimationFrame(() => requestAnimationFrame(() => app.fitView(highlight.nodes)));
      return highlight;
    },
    showTable: (columns, rows) => showTable(columns, rows, (id) => app.focus(id)),
    showTimeline: (rows) => events.emit('timeline:rows', rows),
    focus(nodeId) {
      if (!graph.hasNode(nodeId)) return;
      state.set({ selection: { kind: 'node', id: nodeId } });
      const camera = renderer.getCamera();
      const at = framed(graph.getNodeAttributes(nodeId));
      void camera.animate({ ...at, ratio: Math.min(camera.ratio, 0.4) }, { duration: 500 });
    },
    visible() {
      const ctx = view!.context();
      const hidden = (set: Set<string> | undefined, id: string) => set !== undefined && !set.has(id);
      const isolate = ctx.highlight?.isolate ? ctx.highlight : null;
      return {
        nodes: graph.filterNodes((n) => !ctx.visibility.hiddenNodes.has(n) && !hidden(isolate?.nodes, n)),
        edges: graph.filterEdges((e) => !ctx.visibility.hiddenEdges.has(e) && !hidden(isolate?.edges, e)),
      };
    },
    fitView(nodes) {
      const camera = renderer.getCamera();
      if (!nodes) return void camera.animatedReset({ duration: 400 });
      const shown = new Set(app.visible().nodes);
      const points = nodes.filter((n) => shown.has(n)).map((n) => framed(graph.getNodeAttributes(n)));
      if (points.length === 0) return;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const ratio = Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.4);
      void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
    },
    openDocument: (id, quote) => events.emit('document:open', { id, quote }),
    selectTab,
    notify,
    on: events.on,
    emit: events.emit,
  };
  return app;
}
