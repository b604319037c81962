/**
 * The saved-queries panel: a searchable library grouped by topic; choosing a query shows its description
 * and generated form; Run posts it and shows the answer (or the server's message inline).
 */
import type { QueryInfo, QueryResultResponse } from '../../../api/schema.ts';
import type { App } from '../app/index.ts';
import { h } from '../app/dom.ts';
import { errorMessage } from '../api/index.ts';
import { setCurrentQuery } from '../share/current.ts';
import { buildForm, type QueryForm } from './form.ts';
import { groupQueries } from './library.ts';
import { coerceForm } from './params.ts';
import { showQueryResult } from './show.ts';

export interface QueriesPanel {
  /** Selects a query, fills its form with `params` and runs it; resolves with the answer or null on error. */
  run(name: string, params?: Record<string, unknown>): Promise<QueryResultResponse | null>;
}

/** Builds the panel in `app.panels.queries` and loads the library. */
export function createQueriesPanel(app: App): QueriesPanel {
  const root = app.panels.queries;
  let library: QueryInfo[] = [];
  let selected: { query: QueryInfo; form: QueryForm } | null = null;
  const search = h('input', {
    type: 'search',
    class: 'q-search',
    placeholder: 'Search saved queries',
    'aria-label': 'Search saved queries',
  });
  const list = h('div', { class: 'q-list' });
  const detail = h('div', { class: 'q-detail', 'aria-live': 'polite' });
  const status = h('div', { class: 'q-status', 'aria-live': 'polite' });
  root.replaceChildren(h('h2', { class: 'panel-title' }, 'Saved queries'), search, list, detail, status);

  function renderList(): void {
    const groups = groupQueries(library, search.value);
    list.replaceChildren(
      ...groups.map((g) =>
        h(
          'section',
          { class: 'q-group' },
          h('h3', {}, g.name),
          h(
            'ul',
            {},
            g.queries.map((q) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'q-item',
                    'data-query': q.name,
                    'aria-pressed': String(selected?.query.name === q.name),
                    title: q.description,
                    onclick: () => select(q),
                  },
                  q.title,
                ),
              ),
            ),
          ),
        ),
      ),
    );
    if (groups.length === 0) list.append(h('p', { class: 'q-hint' }, 'No saved query matches.'));
  }

  function select(query: QueryInfo): QueryForm {
    const form = buildForm(app, query, () => void runSelected());
    selected = { query, form };
    detail.replaceChildren(
      h('h3', { class: 'q-title' }, query.title),
      h('p', { class: 'q-desc' }, query.description),
      h('p', { class: 'q-meta' }, `${query.name} · shows a ${query.view}`),
      form.element,
    );
    status.replaceChildren();
    renderList();
    return form;
  }

  async function runSelected(): Promise<QueryResultResponse | null> {
    if (!selected) return null;
    const { query, form } = selected;
    const coerced = coerceForm(query.params, form.read());
    if (!coerced.ok) {
      form.showErrors(coerced.errors);
      return null;
    }
    form.showErrors({});
    status.replaceChildren(h('p', { class: 'q-running' }, `Running ${query.title}…`));
    try {
      const result = await app.api.runQuery(query.name, coerced.params);
      status.replaceChildren(showQueryResult(app, result, query.view, query.title));
      setCurrentQuery({ kind: 'saved', name: query.name, params: coerced.params });
      return result;
    } catch (error) {
      status.replaceChildren(h('p', { class: 'q-error-box', role: 'alert' }, errorMessage(error)));
      return null;
    }
  }

  search.addEventListener('input', renderList);
  const loaded = app.api
    .queries()
    .then(({ queries }) => {
      library = queries;
      renderList();
    })
    .catch((error: unknown) => {
      list.replaceChildren(h('p', { class: 'q-error-box', role: 'alert' }, errorMessage(error)));
    });

  return {
    async run(name, params = {}) {
      await loaded;
      const query = library.find((q) => q.name === name);
      if (!query) {
        status.replaceChildren(
          h('p', { class: 'q-error-box', role: 'alert' }, `No saved query named "${name}".`),
        );
        return null;
      }
      select(query).fill(params);
      return runSelected();
    },
  };
}
