/**
 * Filters feature (Explore tab): entity types, relationship types, document, date range and "only edges
 * backed by two or more documents". Everything writes `app.state.filters`; the reducers hide what fails
 * (model.ts), so nothing is removed from the graph. The legend and the timeline brush edit the same state.
 */
import { h } from '../app/dom.ts';
import type { App } from '../app/index.ts';
import type { Filters } from '../app/state.ts';
import { typeColor } from '../network/reducers.ts';
import { countBy, hasFilters, toggleShown } from './model.ts';

export { computeVisibility, dateInRange, hasFilters, toggleShown } from './model.ts';

/**
 * @example
 * mountFilters(app); // appends the Filters section to the Explore tab
 */
export function mountFilters(app: App): void {
  const set = (patch: Partial<Filters>) =>
    app.state.set((s) => ({ ...s, filters: clean({ ...s.filters, ...patch }) }));
  const types = h('div', { class: 'checks single', role: 'group', 'aria-label': 'Entity types' });
  const relations = h('div', { class: 'checks single', role: 'group', 'aria-label': 'Relationship types' });
  const documentSelect = h('select', { id: 'filter-document', 'aria-label': 'Only this document' });
  const from = h('input', { type: 'date', id: 'filter-from', 'aria-label': 'From date' });
  const to = h('input', { type: 'date', id: 'filter-to', 'aria-label': 'To date' });
  const twoDocs = h('input', { type: 'checkbox', id: 'filter-two-docs' });
  const reset = h(
    'button',
    { type: 'button', class: 'btn small', onclick: () => app.state.set({ filters: {} }) },
    'Reset filters',
  );

  documentSelect.addEventListener('change', () =>
    set({ documents: documentSelect.value ? [documentSelect.value] : undefined }),
  );
  from.addEventListener('change', () => set({ dateFrom: from.value || undefined }));
  to.addEventListener('change', () => set({ dateTo: to.value || undefined }));
  twoDocs.addEventListener('change', () => set({ minDocuments: twoDocs.checked ? 2 : undefined }));

  const checkList = (
    box: HTMLElement,
    counts: [string, number][],
    shown: string[] | undefined,
    key: 'types' | 'relTypes',
    colored: boolean,
  ) => {
    const all = counts.map(([v]) => v);
    box.replaceChildren(
      ...counts.map(([value, count]) => {
        const input = h('input', { type: 'checkbox', checked: !shown || shown.includes(value) });
        input.addEventListener('change', () =>
          set({ [key]: toggleShown(app.state.get().filters[key], value, all) }),
        );
        let dot: HTMLElement | null = null;
        if (colored) {
          dot = h('span', { class: 'dot' });
          dot.style.backgroundColor = typeColor(value);
        }
        return h(
          'label',
          { class: 'check' },
          input,
          dot,
          h('span', {}, value),
          h('span', { class: 'muted count' }, String(count)),
        );
      }),
    );
  };
  const render = () => {
    const f = app.state.get().filters;
    checkList(
      types,
      countBy(app.graph.nodes(), (n) => app.graph.getNodeAttribute(n, 'type')),
      f.types,
      'types',
      true,
    );
    checkList(
      relations,
      countBy(app.graph.edges(), (e) => app.graph.getEdgeAttribute(e, 'type')),
      f.relTypes,
      'relTypes',
      false,
    );
    if (f.relTypes) relations.closest('details')?.setAttribute('open', '');
    const docs = [...app.documents.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    documentSelect.replaceChildren(
      h('option', { value: '' }, 'All documents'),
      ...docs.map((d) =>
        h(
          'option',
          { value: d.id, selected: f.documents?.includes(d.id) },
          `${d.date ?? 'undated'} · ${d.title}`,
        ),
      ),
    );
    from.value = f.dateFrom ?? '';
    to.value = f.dateTo ?? '';
    twoDocs.checked = (f.minDocuments ?? 1) >= 2;
    reset.disabled = !hasFilters(f);
  };
  app.on('graph:changed', render);
  app.on('documents:loaded', render);
  app.state.subscribe((s, prev) => s.filters !== prev.filters && render());
  render();

  app.panels.explore.append(
    h(
      'section',
      { class: 'tool filters', 'aria-labelledby': 'filters-title' },
      h('div', { class: 'row spread' }, h('h3', { id: 'filters-title' }, 'Filters'), reset),
      h('h4', {}, 'Entity types'),
      types,
      h('details', { class: 'rel-filter' }, h('summary', {}, h('h4', {}, 'Relationship types')), relations),
      h('h4', {}, h('label', { for: 'filter-document' }, 'Document')),
      documentSelect,
      h('h4', {}, 'Dates'),
      h('div', { class: 'row' }, from, h('span', { class: 'muted' }, '–'), to),
      h('label', { class: 'check' }, twoDocs, h('span', {}, 'Only edges backed by two or more documents')),
    ),
  );
}

/** Drops filter keys that are unset, so "no filter" is always `{}`. */
function clean(f: Filters): Filters {
  return Object.fromEntries(
    Object.entries(f).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as Filters;
}
