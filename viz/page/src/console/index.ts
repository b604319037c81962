/**
 * The Cypher console (`#panel-console`): editor, JSON parameters, Run (button or Ctrl/Cmd+Enter), the
 * answer as graph or table, errors with their line and column marked in the editor, read-only refusals
 * shown plainly, and a history of recent queries kept in localStorage.
 */
import type { QueryResultResponse, QueryView } from '../../../api/schema.ts';
import type { App } from '../app/index.ts';
import { h } from '../app/dom.ts';
import { ApiRequestError, errorMessage } from '../api/index.ts';
import { setCurrentQuery } from '../share/current.ts';
import { showQueryResult } from '../queries/show.ts';
import type { CypherEditor } from './editor-api.ts';
import { createLazyEditor } from './lazy-editor.ts';
import { pushHistory, readHistory } from './history.ts';
import { parseParamsText } from './params.ts';
import './console.css';

const EXAMPLE = 'MATCH (o:Organization)-[r]-(p:Person)\nRETURN o, r, p\nLIMIT 50';

let consoleApi: {
  run(cypher: string, params?: Record<string, unknown>): Promise<QueryResultResponse | null>;
} | null = null;

/** Mounts the console. */
export function mount(app: App): void {
  const root = app.panels.console;
  const editorBox = h('div', { class: 'c-editor' });
  const paramsBox = h('textarea', {
    class: 'c-params',
    id: 'console-params',
    rows: 3,
    spellcheck: 'false',
    placeholder: '{"name": "Pegasus"}',
  });
  const paramsError = h('div', { class: 'q-error', role: 'alert' });
  const viewToggle = h(
    'div',
    { class: 'segmented c-view', role: 'group', 'aria-label': 'Show results as' },
    (['graph', 'table'] as const).map((v) =>
      h(
        'button',
        {
          type: 'button',
          class: 'seg',
          'data-view': v,
          'aria-pressed': String(v === 'graph'),
          onclick: () => setView(v),
        },
        v === 'graph' ? 'Graph' : 'Table',
      ),
    ),
  );
  const runButton = h(
    'button',
    { type: 'button', class: 'btn primary c-run', title: 'Run (Ctrl+Enter)' },
    'Run',
  );
  const history = h('select', { class: 'c-history', 'aria-label': 'Recent queries' });
  const status = h('div', { class: 'c-status', 'aria-live': 'polite' });
  root.replaceChildren(
    h('h2', { class: 'panel-title' }, 'Cypher console'),
    h('p', { class: 'q-hint' }, 'Read-only: queries run in READ mode with a time limit and a row cap.'),
    editorBox,
    h('label', { for: 'console-params', class: 'c-label' }, 'Parameters (JSON object)'),
    paramsBox,
    paramsError,
    h('div', { class: 'c-actions' }, runButton, viewToggle),
    history,
    status,
  );
  // CodeMirror loads when the console is opened, or once the network is drawn and the page is idle
  const wanted = new Promise<void>((resolve) => {
    app.on('tab:selected', (tab) => tab === 'console' && resolve());
    app.on('graph:loaded', () =>
      // Safari has no requestIdleCallback: a timer after the first frame then
      'requestIdleCallback' in window
        ? requestIdleCallback(() => resolve(), { timeout: 3000 })
        : setTimeout(resolve, 500),
    );
  });
  const editor: CypherEditor = createLazyEditor(
    editorBox,
    EXAMPLE,
    () => void run(),
    wanted,
    () => import('./editor.ts'),
    (error) => app.notify(`Could not load the Cypher editor: ${errorMessage(error)}`, 'error'),
  );
  let view: QueryView = 'graph';
  let last: QueryResultResponse | null = null;

  function setView(next: QueryView): void {
    view = next;
    for (const b of viewToggle.querySelectorAll('button'))
      b.setAttribute('aria-pressed', String(b.dataset.view === next));
    if (last) status.replaceChildren(showQueryResult(app, last, view, 'Console result'));
  }

  function renderHistory(): void {
    const entries = readHistory(localStorage);
    history.replaceChildren(
      h(
        'option',
        { value: '' },
        entries.length === 0 ? 'No recent queries' : `Recent queries (${entries.length})`,
      ),
      ...entries.map((e, i) => h('option', { value: String(i) }, e.cypher.replace(/\s+/g, ' ').slice(0, 80))),
    );
  }
  history.addEventListener('change', () => {
    const entry = readHistory(localStorage)[Number(history.value)];
    if (!entry) return;
    editor.setValue(entry.cypher);
    paramsBox.value = entry.params;
    history.value = '';
  });

  async function run(
    cypher = editor.value(),
    paramsText = paramsBox.value,
  ): Promise<QueryResultResponse | null> {
    editor.clearError();
    const parsed = parseParamsText(paramsText);
    paramsError.textContent = parsed.ok ? '' : parsed.message;
    paramsBox.setAttribute('aria-invalid', String(!parsed.ok));
    if (!parsed.ok) return null;
    status.replaceChildren(h('p', { class: 'q-running' }, 'Running…'));
    pushHistory(localStorage, { cypher, params: paramsText, at: new Date().toISOString() });
    renderHistory();
    try {
      last = await app.api.cypher({ cypher, params: parsed.params });
      status.replaceChildren(showQueryResult(app, last, view, 'Console result'));
      setCurrentQuery({ kind: 'cypher', cypher, params: parsed.params });
      return last;
    } catch (error) {
      status.replaceChildren(errorBox(error));
      if (error instanceof ApiRequestError && error.position) editor.markError(error.position, error.message);
      return null;
    }
  }

  runButton.addEventListener('click', () => void run());
  renderHistory();
  consoleApi = {
    run(cypher, params = {}) {
      editor.setValue(cypher);
      paramsBox.value = Object.keys(params).length > 0 ? JSON.stringify(params) : '';
      return run(cypher, paramsBox.value);
    },
  };
}

function errorBox(error: unknown): HTMLElement {
  if (error instanceof ApiRequestError && error.code === 'QUERY_NOT_READ_ONLY') {
    return h(
      'div',
      { class: 'q-error-box c-refused', role: 'alert' },
      h('strong', {}, 'Refused: this query would change the graph. '),
      error.message,
    );
  }
  const where =
    error instanceof ApiRequestError && error.position
      ? ` (line ${error.position.line}, column ${error.position.column})`
      : '';
  return h('div', { class: 'q-error-box', role: 'alert' }, errorMessage(error) + where);
}

/**
 * Runs Cypher through the console (used to replay a storyboard step or a shared link).
 * @example
 * await runConsoleCypher('MATCH (n:Technology) RETURN n');
 */
export function runConsoleCypher(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<QueryResultResponse | null> {
  return consoleApi ? consoleApi.run(cypher, params) : Promise.resolve(null);
}
