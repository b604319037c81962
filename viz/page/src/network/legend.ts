/**
 * The legend: one button per entity type present, with its colour and count; clicking shows or hides the
 * type (the `types` filter), so the legend doubles as the quickest type filter.
 */
import type { App } from '../app/index.ts';
import { byId, h } from '../app/dom.ts';
import { countBy, toggleShown } from '../filters/model.ts';
import { typeColor } from './reducers.ts';

/** Renders the legend and keeps it in step with the graph and the filters. */
export function mountLegend(app: App): void {
  const box = byId('legend');
  const render = () => {
    const counts = countBy(app.graph.nodes(), (n) => app.graph.getNodeAttribute(n, 'type'));
    const all = counts.map(([type]) => type);
    const shown = app.state.get().filters.types;
    box.replaceChildren(
      ...counts.map(([type, count]) => {
        const on = !shown || shown.includes(type);
        return h(
          'button',
          {
            type: 'button',
            class: 'legend-item',
            'aria-pressed': String(on),
            title: `${on ? 'Hide' : 'Show'} ${type} nodes`,
            onclick: () =>
              app.state.set((s) => ({
                ...s,
                filters: { ...s.filters, types: toggleShown(s.filters.types, type, all) },
              })),
          },
          h('span', { class: 'swatch', 'data-type': type }),
          h('span', { class: 'legend-label' }, type),
          h('span', { class: 'legend-count' }, String(count)),
        );
      }),
    );
    // colours come from the palette: set through CSSOM (allowed by the CSP), not inline markup
    for (const swatch of box.querySelectorAll<HTMLElement>('.swatch')) {
      swatch.style.backgroundColor = typeColor(swatch.dataset.type ?? '');
    }
  };
  app.on('graph:changed', render);
  app.state.subscribe((s, prev) => s.filters.types !== prev.filters.types && render());
  render();
}
