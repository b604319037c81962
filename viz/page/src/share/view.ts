/**
 * Reads the current view out of the app (state, camera, last query) and puts a view back: filters,
 * the saved query or Cypher re-run, selection, camera. Used by the URL sync and the storyboard player.
 */
import type { App } from '../app/index.ts';
import { runConsoleCypher } from '../console/index.ts';
import { runSavedQuery } from '../queries/index.ts';
import { getCurrentQuery, setCurrentQuery } from './current.ts';
import type { ViewState } from './url-state.ts';

/**
 * The view now on screen.
 * @example
 * const hash = encodeViewState(currentView(app));
 */
export function currentView(app: App): ViewState {
  const s = app.state.get();
  const view: ViewState = {
    selection: s.selection,
    mode: s.mode,
    camera: app.renderer.getCamera().getState(),
  };
  if (Object.keys(s.filters).length > 0) view.filters = s.filters;
  const q = getCurrentQuery();
  if (q?.kind === 'saved') view.query = { name: q.name, params: q.params };
  if (q?.kind === 'cypher') {
    view.cypher = q.cypher;
    view.params = q.params;
  }
  return view;
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/**
 * Shows a view: sets its filters, re-runs its query, selects, then moves the camera (when it has one).
 * Resolves when the query has answered; `ok` is false when it failed (the panel shows why).
 * @example
 * await applyView(app, decodeViewState(location.hash).state);
 */
export async function applyView(app: App, view: ViewState): Promise<{ ok: boolean }> {
  // an equal filter object is not a change: setting one would recompute visibility over the whole graph
  const filters = view.filters ?? {};
  if (JSON.stringify(filters) !== JSON.stringify(app.state.get().filters)) app.state.set({ filters });
  let ok = true;
  if (view.query) ok = (await runSavedQuery(view.query.name, view.query.params)) !== null;
  else if (view.cypher) ok = (await runConsoleCypher(view.cypher, view.params ?? {})) !== null;
  else {
    app.state.set({ highlight: null });
    setCurrentQuery(null);
  }
  const sel = view.selection;
  const exists = sel && (sel.kind === 'node' ? app.graph.hasNode(sel.id) : app.graph.hasEdge(sel.id));
  app.state.set({ selection: exists ? sel : null });
  if (view.camera) {
    await frames(3); // after showResult's own fit has started
    await app.renderer.getCamera().animate(view.camera, { duration: 600 });
  }
  return { ok };
}
