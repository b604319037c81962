/**
 * Saved queries in the page: the library panel (`#panel-queries`) and `runSavedQuery` for other features
 * (storyboard playback, links) to run a query by name as if chosen in the panel.
 */
import type { QueryResultResponse } from '../../../api/schema.ts';
import type { App } from '../app/index.ts';
import { createQueriesPanel, type QueriesPanel } from './panel.ts';
import './queries.css';

let panel: QueriesPanel | null = null;

/** Mounts the saved-queries panel. */
export function mount(app: App): void {
  panel = createQueriesPanel(app);
}

/**
 * Runs a saved query by name with parameters, showing it in the panel and on the network.
 * @example
 * await runSavedQuery('surveillance_chain', { entity: 'Pegasus' });
 */
export function runSavedQuery(
  name: string,
  params: Record<string, unknown> = {},
): Promise<QueryResultResponse | null> {
  if (!panel) return Promise.resolve(null);
  return panel.run(name, params);
}
