/**
 * Share and export: keeps the view (selection, query and parameters, filters, camera, mode, storyboard
 * step) in the URL hash with `history.replaceState`, restores it once the graph is loaded, and adds
 * "Copy link", "PNG" and "GEXF" buttons to the top bar.
 */
import type { App } from '../app/index.ts';
import { h } from '../app/dom.ts';
import { errorMessage } from '../api/index.ts';
import { onCurrentQuery } from './current.ts';
import { exportGexf, exportPng } from './export.ts';
import { decodeViewState, encodeViewState, type ViewState } from './url-state.ts';
import { applyView, currentView } from './view.ts';

declare module '../app/index.ts' {
  interface AppEvents {
    /** A view from the URL asks for a storyboard step (the presentation feature plays it). */
    'share:storyboard': { name: string; step: number; present: boolean };
  }
}

/** Extra URL parts other features own (the storyboard player sets its name and step). */
let extra: Pick<ViewState, 'storyboard' | 'step'> = {};

/** Sets or clears the storyboard part of the URL. */
export function setShareStoryboard(storyboard: string | undefined, step: number | undefined): void {
  extra = storyboard === undefined ? {} : { storyboard, step };
}

/** Mounts URL sync and the share/export buttons. */
export function mount(app: App): void {
  let restoring = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    if (restoring) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const hash = encodeViewState({ ...currentView(app), ...extra });
      const url = location.pathname + location.search + (hash === '' ? '' : '#' + hash);
      if (url !== location.pathname + location.search + location.hash) history.replaceState(null, '', url);
    }, 250);
  };
  app.state.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.filters !== prev.filters || s.mode !== prev.mode) write();
  });
  app.renderer.getCamera().on('updated', write);
  onCurrentQuery(write);

  const restore = (hash: string): Promise<void> => {
    const { state: view, problems } = decodeViewState(hash);
    if (problems.length > 0)
      app.notify(`Part of the link could not be read: ${problems.join('; ')}`, 'error');
    restoring = true;
    const run = view.storyboard
      ? Promise.resolve(
          app.emit('share:storyboard', {
            name: view.storyboard,
            step: view.step ?? 0,
            present: view.mode === 'presentation',
          }),
        )
      : applyView(app, view).then(() => {
          if (view.query) app.selectTab('queries');
          else if (view.cypher) app.selectTab('console');
          if (view.mode === 'presentation') app.state.set({ mode: 'presentation' });
        });
    return run.finally(() => {
      restoring = false;
      write();
    });
  };
  app.on('graph:loaded', () => void restore(location.hash));
  // A link pasted into an open page changes only the hash: apply it (our own replaceState fires no event).
  window.addEventListener('hashchange', () => void restore(location.hash));

  const copy = h(
    'button',
    { type: 'button', class: 'btn', id: 'share-copy', title: 'Copy a link to this view' },
    'Copy link',
  );
  copy.addEventListener('click', () => {
    clearTimeout(timer);
    const hash = encodeViewState({ ...currentView(app), ...extra });
    history.replaceState(null, '', location.pathname + location.search + (hash === '' ? '' : '#' + hash));
    navigator.clipboard
      .writeText(location.href)
      .then(() => app.notify('Link copied: it reopens this view.'))
      .catch(() => app.notify(`Copy this link: ${location.href}`));
  });
  const png = h(
    'button',
    { type: 'button', class: 'btn', id: 'export-png', title: 'Download a PNG image of the network view' },
    'PNG',
  );
  png.addEventListener('click', () => {
    exportPng(app).catch((error: unknown) =>
      app.notify(`PNG export failed: ${errorMessage(error)}`, 'error'),
    );
  });
  const gexf = h(
    'button',
    { type: 'button', class: 'btn', id: 'export-gexf', title: 'Download the visible graph as GEXF (Gephi)' },
    'GEXF',
  );
  gexf.addEventListener('click', () => {
    try {
      exportGexf(app);
    } catch (error) {
      app.notify(`GEXF export failed: ${errorMessage(error)}`, 'error');
    }
  });
  const actions = document.getElementById('topbar-actions');
  actions?.prepend(
    h('div', { class: 'share-actions', role: 'group', 'aria-label': 'Share and export' }, copy, png, gexf),
  );
}
