/**
 * Explore feature: the top-bar search (picking a result reveals and focuses it, opening the details panel),
 * the details panel, the document reader, and the Explore tab's tools: shortest path between two chosen
 * entities and the expansion history with undo. Keyboard: "/" focuses the search.
 */
import { byId, h } from '../app/dom.ts';
import type { App } from '../app/index.ts';
import { createActions, type ExploreActions } from './actions.ts';
import { mountDetails } from './details.ts';
import { mountReader } from './reader.ts';
import { createSearchBox } from './search.ts';

export { segmentText } from './segments.ts';

/**
 * @example
 * mountExplore(app); // after mountNetwork(app)
 */
export function mountExplore(app: App): ExploreActions {
  const actions = createActions(app);
  byId('search').append(
    createSearchBox(app, {
      id: 'search-input',
      placeholder: 'Search people, organisations, places…  ( / )',
      label: 'Search entities by name or alias',
      clearOnPick: true,
      onPick: (hit) => void actions.reveal(hit.id),
    }),
  );
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (e.key !== '/' || target?.closest('input, textarea, select, [contenteditable], .cm-editor')) return;
    e.preventDefault();
    byId('search-input').focus();
  });
  mountReader(app);
  mountDetails(app, actions);
  app.panels.explore.append(pathSection(app, actions), expansionSection(actions), help());
  return actions;
}

function pathSection(app: App, actions: ExploreActions): HTMLElement {
  const slot = (end: 'from' | 'to', label: string) =>
    createSearchBox(app, {
      id: `path-${end}`,
      placeholder: label,
      label: `Shortest path: ${label}`,
      onPick: (hit) => app.state.set((s) => ({ ...s, pathEnds: { ...s.pathEnds, [end]: hit.id } })),
    });
  const from = slot('from', 'From entity');
  const to = slot('to', 'To entity');
  const find = h('button', { type: 'button', class: 'btn primary small', disabled: true }, 'Find path');
  const clear = h('button', { type: 'button', class: 'btn small' }, 'Clear');
  find.addEventListener('click', () => {
    const { from: a, to: b } = app.state.get().pathEnds;
    if (a && b) void actions.path(a, b);
  });
  clear.addEventListener('click', () => app.state.set({ pathEnds: { from: null, to: null } }));
  const sync = () => {
    const ends = app.state.get().pathEnds;
    for (const [box, id] of [
      [from, ends.from],
      [to, ends.to],
    ] as const) {
      const input = box.querySelector('input')!;
      if (document.activeElement !== input) {
        input.value =
          id && app.graph.hasNode(id) ? app.graph.getNodeAttribute(id, 'name') : id ? input.value : '';
      }
    }
    find.disabled = !(ends.from && ends.to);
  };
  app.state.subscribe((s, prev) => s.pathEnds !== prev.pathEnds && sync());
  return h(
    'section',
    { class: 'tool', 'aria-labelledby': 'path-title' },
    h('h3', { id: 'path-title' }, 'Shortest path'),
    from,
    to,
    h('div', { class: 'row' }, find, clear),
  );
}

function expansionSection(actions: ExploreActions): HTMLElement {
  const list = h('ol', { class: 'expansions' });
  const undo = h(
    'button',
    { type: 'button', class: 'btn small', onclick: () => actions.undo() },
    'Undo last expansion',
  );
  const render = () => {
    const items = actions.expansions();
    undo.disabled = items.length === 0;
    list.replaceChildren(...items.map((x) => h('li', {}, x.label)));
  };
  actions.onChange(render);
  render();
  return h(
    'section',
    { class: 'tool', 'aria-labelledby': 'expansions-title' },
    h('h3', { id: 'expansions-title' }, 'Expansions'),
    list,
    undo,
  );
}

function help(): HTMLElement {
  return h(
    'details',
    { class: 'help' },
    h('summary', {}, 'How to explore'),
    h(
      'ul',
      {},
      h('li', {}, 'Click a node or an edge for its details and evidence.'),
      h('li', {}, 'Hover a node to see its neighbourhood; drag it to move it.'),
      h('li', {}, 'Click a type in the legend to hide or show it.'),
      h('li', {}, 'Brush the timeline to keep only that period; Esc closes panels.'),
    ),
  );
}
