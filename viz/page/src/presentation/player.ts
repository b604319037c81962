/**
 * Plays a storyboard: shows step i (its saved view through share/view.ts, its caption in the overlay),
 * moves with ← → (PageUp/PageDown, Home/End) while presenting, enters full screen when presentation mode
 * starts and leaves it (and the overlay) when the mode ends.
 */
import type { Storyboard } from '../../../api/schema.ts';
import type { App } from '../app/index.ts';
import { setShareStoryboard } from '../share/index.ts';
import { applyView } from '../share/view.ts';
import { enterFullscreen, exitFullscreen } from './fullscreen.ts';
import { createOverlay } from './overlay.ts';
import { cite, nextStep, stepView } from './story.ts';

declare module '../app/index.ts' {
  interface AppEvents {
    /** The storyboard player moved to a step (index from 0). */
    'story:step': { name: string; index: number };
  }
}

export interface Player {
  play(board: Storyboard, index?: number): Promise<void>;
  goTo(index: number): Promise<void>;
  current(): { board: Storyboard; index: number } | null;
  stop(): void;
}

function editable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function createPlayer(app: App): Player {
  let board: Storyboard | null = null;
  let index = 0;
  let token = 0;
  const overlay = createOverlay(
    app,
    (delta) => void goTo(index + delta),
    () => app.state.set({ mode: 'explore' }),
  );

  async function goTo(i: number): Promise<void> {
    if (!board) return;
    index = Math.max(0, Math.min(i, board.steps.length - 1));
    const step = board.steps[index]!;
    const mine = ++token;
    overlay.show(
      step,
      index,
      board.steps.length,
      cite(step.sources, [...app.documents.values()]),
      board.title,
    );
    setShareStoryboard(board.name, index);
    app.emit('story:step', { name: board.name, index });
    const view = stepView(board, index);
    const { ok } = await applyView(app, { ...view, mode: app.state.get().mode });
    if (!ok && mine === token)
      app.notify(`Step ${index + 1}: its query failed (see the Queries or Console tab).`, 'error');
  }

  document.addEventListener('keydown', (e) => {
    if (!board || app.state.get().mode !== 'presentation' || e.defaultPrevented || editable(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const next = nextStep(index, board.steps.length, e.key);
    if (next === null) return;
    e.preventDefault();
    if (next !== index) void goTo(next);
  });

  app.state.subscribe((s, prev) => {
    if (s.mode === prev.mode) return;
    if (s.mode === 'presentation') {
      void enterFullscreen().then((ok) => {
        if (!ok) app.notify('Full screen was refused by the browser: press F11 for full screen. Esc leaves.');
      });
      if (board) void goTo(index);
    } else {
      exitFullscreen();
      overlay.hide();
    }
  });
  document.addEventListener('fullscreenchange', () => {
    // Esc in full screen is taken by the browser: leaving full screen also leaves the presentation.
    if (!document.fullscreenElement && app.state.get().mode === 'presentation')
      app.state.set({ mode: 'explore' });
  });

  return {
    async play(next, at = 0) {
      board = next;
      index = at;
      if (app.state.get().mode !== 'presentation')
        app.state.set({ mode: 'presentation' }); // goTo via subscription
      else await goTo(at);
    },
    goTo,
    current: () => (board ? { board, index } : null),
    stop() {
      board = null;
      overlay.hide();
      setShareStoryboard(undefined, undefined);
    },
  };
}
