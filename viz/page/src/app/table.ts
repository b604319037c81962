/**
 * The table view of a query result, over the network: column headers, one row per record, values as text;
 * a value that is a node (an object with `id` and `name`) becomes a button focusing that node.
 */
import { byId, h } from './dom.ts';

/** Text of any JSON value for a table cell. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  return JSON.stringify(value);
}

function cell(value: unknown, focus: (id: string) => void): HTMLElement {
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'id' in value &&
    typeof value.id === 'string'
  ) {
    const id = value.id;
    return h(
      'td',
      {},
      h('button', { type: 'button', class: 'link', onclick: () => focus(id) }, cellText(value)),
    );
  }
  return h('td', {}, cellText(value));
}

/**
 * Renders the table in `#result-table` (replacing a previous one) with a close button.
 * @example
 * showTable(['name', 'count'], [{ name: 'Pegasus', count: 4 }], (id) => app.focus(id));
 */
export function showTable(
  columns: string[],
  rows: Record<string, unknown>[],
  focus: (id: string) => void,
): void {
  const box = byId('result-table');
  const close = h(
    'button',
    { type: 'button', class: 'icon-btn', 'aria-label': 'Close table', onclick: () => (box.hidden = true) },
    '×',
  );
  const table = h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          columns.map((c) => cell(row[c], focus)),
        ),
      ),
    ),
  );
  box.replaceChildren(
    h(
      'div',
      { class: 'result-table-head' },
      h('strong', {}, `${rows.length} row${rows.length === 1 ? '' : 's'}`),
      close,
    ),
    h('div', { class: 'result-table-scroll' }, table),
  );
  box.hidden = false;
  box.addEventListener('keydown', (e) => e.key === 'Escape' && (box.hidden = true), { once: true });
}
