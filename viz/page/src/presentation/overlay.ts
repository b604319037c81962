/**
 * The caption panel of a storyboard step, beside the network while presenting: step counter, title, caption and the
 * sources it cites (document title and date; a click opens the document), with previous/next buttons.
 */
import type { StoryStep } from '../../../api/schema.ts';
import type { App } from '../app/index.ts';
import { h } from '../app/dom.ts';
import type { Citation } from './story.ts';

export interface Overlay {
  show(step: StoryStep, index: number, count: number, citations: Citation[], boardTitle: string): void;
  hide(): void;
}

/** Creates the overlay in the main area; `move(delta)` is called by its buttons. */
export function createOverlay(app: App, move: (delta: number) => void, leave: () => void): Overlay {
  const counter = h('span', { class: 'story-counter', 'aria-live': 'polite' });
  const board = h('span', { class: 'story-board' });
  const title = h('h2', { class: 'story-title' });
  const caption = h('p', { class: 'story-caption' });
  const sources = h('ul', { class: 'story-sources', 'aria-label': 'Sources' });
  const prev = h(
    'button',
    { type: 'button', class: 'btn story-prev', 'aria-label': 'Previous step (←)', onclick: () => move(-1) },
    '←',
  );
  const next = h(
    'button',
    { type: 'button', class: 'btn story-next', 'aria-label': 'Next step (→)', onclick: () => move(1) },
    '→',
  );
  const exit = h(
    'button',
    { type: 'button', class: 'btn story-exit', title: 'Leave the presentation (Esc)', onclick: leave },
    'Esc',
  );
  const box = h(
    'section',
    { id: 'story-overlay', class: 'story-overlay', 'aria-label': 'Storyboard step', hidden: true },
    h('div', { class: 'story-head' }, board, counter),
    title,
    caption,
    sources,
    h('div', { class: 'story-nav' }, prev, next, exit),
  );
  // A column of its own beside the network while presenting (see presentation.css), so it hides nothing.
  document.body.append(box);
  const layout = (playing: boolean) => {
    document.body.classList.toggle('story-playing', playing);
    requestAnimationFrame(() => {
      app.renderer.resize();
      app.renderer.refresh();
    });
  };
  return {
    show(step, index, count, citations, boardTitle) {
      board.textContent = boardTitle;
      counter.textContent = `${index + 1} / ${count}`;
      title.textContent = step.title;
      caption.textContent = step.caption;
      sources.replaceChildren(
        ...citations.map((c) => {
          const label = c.date ? `${c.title} (${c.date})` : c.title;
          const id = c.documentId;
          return h(
            'li',
            {},
            id
              ? h('button', { type: 'button', class: 'link', onclick: () => app.openDocument(id) }, label)
              : h('q', {}, label),
          );
        }),
      );
      sources.hidden = citations.length === 0;
      prev.disabled = index === 0;
      next.disabled = index === count - 1;
      if (box.hidden) {
        box.hidden = false;
        layout(true);
      }
    },
    hide() {
      if (box.hidden) return;
      box.hidden = true;
      layout(false);
    },
  };
}
