/**
 * Shows a query answer the way its view says — highlighted subgraph, table or timeline — and builds the
 * summary under the Run button: counts, elapsed time, a visible "truncated" notice, and the result's
 * nodes as a list (each focuses its node). Shared by the saved-queries panel and the console.
 */
import type { QueryResultResponse, QueryView } from '../../../api/schema.ts';
import type { App } from '../app/index.ts';
import { h } from '../app/dom.ts';

const LIST_LIMIT = 60;

/**
 * Displays `result` as `view` and returns the summary element for the panel.
 * @example
 * panel.append(showQueryResult(app, await app.api.runQuery('core_group'), 'graph', 'Core group'));
 */
export function showQueryResult(
  app: App,
  result: QueryResultResponse,
  view: QueryView,
  label: string,
): HTMLElement {
  const { nodes, edges } = result.graph;
  if (view === 'table') app.showTable(result.columns, result.rows);
  if (view === 'timeline') app.showTimeline(result.rows);
  if (nodes.length > 0) app.showResult(result, { label, fit: view === 'graph' });
  const counts =
    view === 'graph'
      ? `${nodes.length} node${nodes.length === 1 ? '' : 's'}, ${edges.length} relationship${edges.length === 1 ? '' : 's'}`
      : `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`;
  const summary = h(
    'div',
    { class: 'q-summary' },
    h('p', { class: 'q-counts' }, `${counts} · ${Math.round(result.elapsedMs)} ms`),
    result.truncated
      ? h(
          'p',
          { class: 'q-truncated', role: 'status' },
          'Truncated: the row limit cut this result; narrow the query.',
        )
      : null,
  );
  if (nodes.length === 0 && result.rows.length === 0)
    summary.append(h('p', { class: 'q-empty' }, 'No results.'));
  if (nodes.length > 0) {
    const sorted = [...nodes].sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name));
    summary.append(
      h(
        'ul',
        { class: 'q-result-list', 'aria-label': 'Nodes in the result' },
        sorted
          .slice(0, LIST_LIMIT)
          .map((n) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'link', 'data-node': n.id, onclick: () => app.focus(n.id) },
                n.name,
              ),
              h('span', { class: 'q-type' }, ` ${n.type}`),
            ),
          ),
      ),
    );
    if (nodes.length > LIST_LIMIT)
      summary.append(h('p', { class: 'q-hint' }, `… and ${nodes.length - LIST_LIMIT} more`));
  }
  return summary;
}
