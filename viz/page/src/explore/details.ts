/**
 * The details panel: for a selected node its type, kind, aliases, actions (expand, ego network, path ends),
 * relationships grouped by type with clickable other ends, evidence and mentioning documents; for a selected
 * edge its two ends and its evidence. Answers for an older selection are dropped.
 */
import type { EntityDetails, GraphNode, RelationDetails } from '../../../api/schema.ts';
import { errorMessage } from '../api/index.ts';
import { pageConfig } from '../app/config.ts';
import { byId, h } from '../app/dom.ts';
import type { App } from '../app/index.ts';
import { typeColor } from '../network/reducers.ts';
import type { ExploreActions } from './actions.ts';
import { evidenceList } from './evidence.ts';

function typeChip(type: string, kind?: string): HTMLElement {
  const dot = h('span', { class: 'dot' });
  dot.style.backgroundColor = typeColor(type);
  return h(
    'span',
    { class: 'type-line' },
    dot,
    type,
    kind ? h('span', { class: 'chip' }, kind.replace(/_/g, ' ')) : null,
  );
}

function nodeLink(actions: ExploreActions, node: GraphNode): HTMLElement {
  const dot = h('span', { class: 'dot' });
  dot.style.backgroundColor = typeColor(node.type);
  return h(
    'button',
    {
      type: 'button',
      class: 'link node-link',
      onclick: () => void actions.reveal(node.id),
      title: node.type,
    },
    dot,
    node.name,
  );
}

function entityView(app: App, actions: ExploreActions, d: EntityDetails): (HTMLElement | null)[] {
  const hops = h(
    'select',
    { 'aria-label': 'Hops of the ego network' },
    [1, 2, 3]
      .filter((n) => n <= pageConfig.maxHops)
      .map((n) => h('option', { value: n }, `${n} hop${n > 1 ? 's' : ''}`)),
  );
  const setEnd = (end: 'from' | 'to') =>
    app.state.set((s) => ({ ...s, pathEnds: { ...s.pathEnds, [end]: d.id } }));
  return [
    h('h2', { class: 'entity-name' }, d.name),
    typeChip(d.type, d.node.kind),
    d.node.date ? h('p', { class: 'muted' }, `Date: ${d.node.date}`) : null,
    d.aliases.length
      ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also: '), d.aliases.join(' · '))
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'btn small', onclick: () => void actions.expand(d.id) },
        'Expand neighbours',
      ),
      h(
        'span',
        { class: 'ego' },
        h(
          'button',
          { type: 'button', class: 'btn small', onclick: () => void actions.ego(d.id, Number(hops.value)) },
          'Ego network',
        ),
        hops,
      ),
      h('button', { type: 'button', class: 'btn small', onclick: () => setEnd('from') }, 'Path from here'),
      h('button', { type: 'button', class: 'btn small', onclick: () => setEnd('to') }, 'Path to here'),
    ),
    h('h3', {}, `Relationships (${d.relationships.reduce((n, g) => n + g.items.length, 0)})`),
    d.relationships.length === 0
      ? h('p', { class: 'muted' }, 'None.')
      : h(
          'div',
          { class: 'rel-groups' },
          d.relationships.map((group) =>
            h(
              'details',
              { class: 'rel-group', open: group.items.length <= 8 },
              h(
                'summary',
                {},
                h('span', { class: 'rel-type' }, group.type),
                h('span', { class: 'muted' }, ` ${group.items.length}`),
              ),
              h(
                'ul',
                {},
                group.items.map((item) =>
                  h(
                    'li',
                    {},
                    h(
                      'span',
                      {
                        class: 'dir',
                        title: item.direction === 'out' ? `${d.name} → other` : `other → ${d.name}`,
                      },
                      item.direction === 'out' ? '→' : '←',
                    ),
                    nodeLink(actions, item.other),
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'link small',
                        title: 'Evidence of this relationship',
                        onclick: () => app.state.set({ selection: { kind: 'edge', id: item.edge.id } }),
                      },
                      `${item.edge.documents.length} doc${item.edge.documents.length === 1 ? '' : 's'}`,
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
    h('h3', {}, 'Evidence'),
    evidenceList(app, d.evidence),
    h('h3', {}, `Documents (${d.documents.length})`),
    h(
      'ul',
      { class: 'doc-list' },
      d.documents.map((doc) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link', onclick: () => app.openDocument(doc.id) }, doc.title),
          h('span', { class: 'muted' }, ` ${doc.date ?? 'undated'} · ${doc.count}×`),
        ),
      ),
    ),
  ];
}

function relationView(app: App, actions: ExploreActions, d: RelationDetails): (HTMLElement | null)[] {
  return [
    h('h2', { class: 'entity-name' }, d.edge.type.replace(/_/g, ' ').toLowerCase()),
    h(
      'p',
      { class: 'rel-ends' },
      nodeLink(actions, d.source),
      h('span', { class: 'rel-type' }, ` —${d.edge.type}→ `),
      nodeLink(actions, d.target),
    ),
    d.edge.role ? h('p', {}, h('span', { class: 'muted' }, 'Role: '), d.edge.role) : null,
    h(
      'p',
      { class: 'muted' },
      `Backed by ${d.edge.documents.length} document${d.edge.documents.length === 1 ? '' : 's'} · confidence ${Math.round(d.edge.confidence * 100)}%`,
    ),
    h('h3', {}, `Evidence (${d.evidence.length})`),
    evidenceList(app, d.evidence),
  ];
}

/** Renders the selection's details whenever the selection changes. */
export function mountDetails(app: App, actions: ExploreActions): void {
  const body = app.panels.details;
  const title = byId('details-title');
  let sequence = 0;
  app.state.subscribe(async (s, prev) => {
    if (s.selection === prev.selection || s.selection === null) return;
    const mine = ++sequence;
    const sel = s.selection;
    title.textContent = sel.kind === 'node' ? 'Entity' : 'Relationship';
    body.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    try {
      const content =
        sel.kind === 'node'
          ? entityView(app, actions, await app.api.entity(sel.id))
          : relationView(app, actions, await app.api.relation(sel.id));
      if (mine !== sequence) return;
      body.replaceChildren(...content.filter((c): c is HTMLElement => c !== null));
      body.scrollTop = 0;
    } catch (error) {
      if (mine === sequence) body.replaceChildren(h('p', { class: 'error' }, errorMessage(error)));
    }
  });
}
