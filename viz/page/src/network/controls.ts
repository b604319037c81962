/**
 * Network controls over the canvas: layout stop/resume, fit to view, zoom in/out; the node/edge count in
 * the top bar; and the banner naming the current highlight (query result, path, ego network) with "Clear".
 */
import type { App } from '../app/index.ts';
import { byId, h } from '../app/dom.ts';
import type { LayoutControl } from './layout.ts';

/** Buttons over the canvas. */
export function mountControls(app: App, layout: LayoutControl, autoStopMs: number): void {
  const layoutButton = h('button', {
    type: 'button',
    class: 'ctl',
    id: 'layout-toggle',
    onclick: () => (layout.isRunning() ? layout.stop() : layout.start(autoStopMs * 2)),
  });
  const setLabel = (running: boolean) => {
    layoutButton.textContent = running ? '❚❚ Stop layout' : '▶ Resume layout';
    layoutButton.setAttribute('aria-pressed', String(running));
    app.state.set({ layoutRunning: running });
  };
  layout.onChange(setLabel);
  setLabel(layout.isRunning());
  const camera = app.renderer.getCamera();
  byId('network-controls').replaceChildren(
    layoutButton,
    h(
      'button',
      { type: 'button', class: 'ctl', title: 'Fit the whole graph', onclick: () => app.fitView() },
      'Fit',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'ctl',
        'aria-label': 'Zoom in',
        onclick: () => void camera.animatedZoom({ duration: 250 }),
      },
      '+',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'ctl',
        'aria-label': 'Zoom out',
        onclick: () => void camera.animatedUnzoom({ duration: 250 }),
      },
      '−',
    ),
  );
}

/** "N nodes · M edges" (and how many the filters hide) in the top bar. */
export function mountStats(app: App): void {
  const box = byId('graph-stats');
  const render = () => {
    const { nodes, edges } = app.visible();
    const all = app.graph.order + app.graph.size;
    const text = `${nodes.length.toLocaleString('en')} nodes · ${edges.length.toLocaleString('en')} edges`;
    const hidden = all - nodes.length - edges.length;
    box.textContent = hidden > 0 ? `${text} (${hidden.toLocaleString('en')} hidden)` : text;
    box.dataset.nodes = String(nodes.length);
    box.dataset.edges = String(edges.length);
  };
  app.on('graph:changed', render);
  app.on('graph:loaded', () => (box.dataset.loaded = 'true'));
  app.state.subscribe(
    (s, prev) => (s.filters !== prev.filters || s.highlight !== prev.highlight) && render(),
  );
  render();
}

/** The banner naming the highlight, with a button to clear it. */
export function mountBanner(app: App): void {
  const box = byId('highlight-banner');
  const render = () => {
    const highlight = app.state.get().highlight;
    box.hidden = highlight === null;
    if (!highlight) return box.replaceChildren();
    box.replaceChildren(
      h('span', {}, `${highlight.label} · ${highlight.nodes.length} nodes`),
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => app.state.set({ highlight: null }) },
        'Clear',
      ),
    );
  };
  app.state.subscribe((s, prev) => s.highlight !== prev.highlight && render());
  render();
}
