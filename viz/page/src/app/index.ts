/**
 * The app shell: the one `App` object every feature receives in its `mount(app)` function.
 *
 * Extension points (for page engineer B and anyone adding a feature):
 * - Layout (index.html): top bar (`#search`, `#graph-stats`, `#topbar-actions` with `#mode-buttons`),
 *   left sidebar with tabs Explore/Queries/Console/Story whose panels are `#panel-explore`,
 *   `#panel-queries`, `#panel-console`, `#panel-story` (use `app.panels.queries` etc.), main area with the
 *   sigma container `#sigma-container` and overlays, right `#details` panel, bottom `#timeline` strip,
 *   and the `#reader` dialog for documents.
 * - A feature is `export function mount(app: App): void` in `src/<feature>/index.ts`, imported and called
 *   in main.ts (one line each, after the core features).
 * - State: `app.state` (store.ts) holds selection, hover, highlight, filters (the API `Filters` shape),
 *   mode and path ends. Change it with `app.state.set({...})`; drawing follows automatically.
 * - Graph: `app.graph` holds domain data only; never write colours/sizes into it. `app.showResult(result)`
 *   merges a query's graph part and highlights it; `app.showTable`, `app.showTimeline` show the other views.
 * - Events: `app.on(name, fn)` / `app.emit(name, payload)`; add your own names by merging into `AppEvents`:
 *   `declare module '../app/index.ts' { interface AppEvents { 'story:step': number } }`.
 * - Presentation: `app.state.set({ mode: 'presentation' })` hides the chrome (CSS on body[data-mode]) and
 *   enlarges labels; B's storyboard player builds on it.
 */
import type Sigma from 'sigma';
import type { DocumentSummary, QueryResultResponse } from '../../../api/schema.ts';
import type { PageApi } from '../api/index.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from '../network/graph.ts';
import type { Emitter, Store } from './store.ts';
import type { TabName } from './layout.ts';
import type { AppState, Highlight } from './state.ts';

export type { AppState, Highlight } from './state.ts';
export { createApp } from './create.ts';

export type { TabName } from './layout.ts';

/** Events features exchange. Extend with declaration merging (see the header). */
export interface AppEvents {
  /** The initial graph is loaded and drawn. */
  'graph:loaded': { nodes: number; edges: number };
  /** Nodes or edges were added or removed (expansion, query result, undo). */
  'graph:changed': { nodes: number; edges: number };
  /** The documents list (dates, titles) is known. */
  'documents:loaded': DocumentSummary[];
  /** A sidebar tab was chosen. */
  'tab:selected': TabName;
  /** Open a document in the reader (handled by explore/reader.ts). */
  'document:open': { id: string; quote?: { start: number; end: number } };
  /** Run the layout for a while (after nodes were added). */
  'layout:run': { ms: number };
  /** Rows for the timeline strip (handled by timeline/). */
  'timeline:rows': Record<string, unknown>[];
}

export interface ShowResultOptions {
  /** Hide everything but the result instead of dimming it. */
  isolate?: boolean;
  /** Shown in the highlight banner, e.g. the query title. */
  label?: string;
  /** Move the camera to the result (default true). */
  fit?: boolean;
}

export interface App {
  api: PageApi;
  graph: KgGraph;
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  state: Store<AppState>;
  /** Containers of the sidebar panels, the details panel body, the timeline strip and the main area. */
  panels: Record<TabName, HTMLElement> & { details: HTMLElement; timeline: HTMLElement; main: HTMLElement };
  /** Source documents by id (title, date, kind), filled at start. */
  documents: Map<string, DocumentSummary>;
  /** Merges a query result's graph part (adding missing nodes/edges) and highlights it. */
  showResult(result: Pick<QueryResultResponse, 'graph'>, options?: ShowResultOptions): Highlight;
  /** Shows rows as a table over the network (values as text; node-like values link to the node). */
  showTable(columns: string[], rows: Record<string, unknown>[]): void;
  /** Shows dated rows on the timeline strip. */
  showTimeline(rows: Record<string, unknown>[]): void;
  /** Centres the camera on a node and selects it (opens the details panel). */
  focus(nodeId: string): void;
  /** Ids of the nodes and edges currently drawn (not hidden by filters or an isolating highlight). */
  visible(): { nodes: string[]; edges: string[] };
  /** Fits the camera to these nodes, or to the whole visible graph. */
  fitView(nodes?: string[]): void;
  /** Opens a document in the reader, scrolled to `quote` (character offsets) when given. */
  openDocument(documentId: string, quote?: { start: number; end: number }): void;
  /** Selects a sidebar tab. */
  selectTab(tab: TabName): void;
  /** A short message to the user (errors in red); disappears by itself. */
  notify(message: string, kind?: 'info' | 'error'): void;
  on: Emitter<AppEvents>['on'];
  emit: Emitter<AppEvents>['emit'];
}
