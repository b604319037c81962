/**
 * The shell's behaviour around index.html's markup: sidebar tabs (keyboard: ←/→ between tabs), the details
 * panel opening with a selection and closing with its button or Esc, mode buttons reflected on
 * `body[data-mode]`, and the toast. Features mount into the containers; this module only switches them.
 */
import { byId, h } from './dom.ts';
import type { AppState } from './state.ts';
import type { Store } from './store.ts';

export type TabName = 'explore' | 'queries' | 'console' | 'story';
const TABS: { name: TabName; label: string }[] = [
  { name: 'explore', label: 'Explore' },
  { name: 'queries', label: 'Queries' },
  { name: 'console', label: 'Console' },
  { name: 'story', label: 'Story' },
];

/** Builds the tab buttons; returns `select(tab)`. */
export function setupTabs(onSelect: (tab: TabName) => void): (tab: TabName) => void {
  const bar = byId('sidebar-tabs');
  const buttons = TABS.map(({ name, label }) =>
    h(
      'button',
      {
        id: `tab-${name}`,
        class: 'tab',
        type: 'button',
        role: 'tab',
        'aria-controls': `panel-${name}`,
        onclick: () => select(name),
        onkeydown: (e: Event) => {
          const key = (e as KeyboardEvent).key;
          if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
          const i = TABS.findIndex((t) => t.name === name);
          const next = TABS[(i + (key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
          select(next.name);
          byId(`tab-${next.name}`).focus();
        },
      },
      label,
    ),
  );
  bar.replaceChildren(...buttons);
  function select(tab: TabName): void {
    for (const { name } of TABS) {
      const active = name === tab;
      const button = byId(`tab-${name}`);
      button.setAttribute('aria-selected', String(active));
      button.tabIndex = active ? 0 : -1;
      byId(`panel-${name}`).hidden = !active;
    }
    onSelect(tab);
  }
  select('explore');
  return select;
}

/** Shows the details panel while something is selected; Esc and × clear the selection. */
export function setupDetails(state: Store<AppState>): void {
  const panel = byId('details');
  const close = () => state.set({ selection: null });
  byId('details-close').addEventListener('click', close);
  state.subscribe((s, prev) => {
    if (s.selection === prev.selection) return;
    panel.hidden = s.selection === null;
    document.body.classList.toggle('with-details', s.selection !== null);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return; // the dialog closes itself first
    if (state.get().mode === 'presentation') return; // presentation handles Esc (leave the mode)
    if (state.get().selection) {
      close();
      e.preventDefault();
    }
  });
}

/** Mode buttons (Explore / Present) and `body[data-mode]`; Esc leaves presentation mode. */
export function setupModes(state: Store<AppState>): void {
  const modes: { mode: AppState['mode']; label: string; title: string }[] = [
    { mode: 'explore', label: 'Explore', title: 'Explore the network' },
    {
      mode: 'presentation',
      label: 'Present',
      title: 'Presentation mode: full screen, big labels (Esc to leave)',
    },
  ];
  const buttons = modes.map(({ mode, label, title }) =>
    h(
      'button',
      { type: 'button', class: 'seg', title, 'data-mode': mode, onclick: () => state.set({ mode }) },
      label,
    ),
  );
  byId('mode-buttons').replaceChildren(...buttons);
  const apply = (mode: AppState['mode']) => {
    document.body.dataset.mode = mode;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
  };
  apply(state.get().mode);
  state.subscribe((s, prev) => s.mode !== prev.mode && apply(s.mode));
  document.addEventListener('keydown', (e) => {
    if (
      e.key === 'Escape' &&
      state.get().mode === 'presentation' &&
      !document.querySelector('dialog[open]')
    ) {
      state.set({ mode: 'explore' });
    }
  });
}

/** A toast message that hides itself after a few seconds. */
export function createNotifier(): (message: string, kind?: 'info' | 'error') => void {
  const toast = byId('toast');
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message, kind = 'info') => {
    toast.textContent = message;
    toast.dataset.kind = kind;
    toast.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(() => (toast.hidden = true), kind === 'error' ? 8000 : 3500);
  };
}
