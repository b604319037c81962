/**
 * Presentation mode and storyboards: the Story panel, the player (arrow keys, caption overlay, full
 * screen) and links that open a storyboard at a step (`#sb=name&step=3&mode=presentation`).
 */
import type { App } from '../app/index.ts';
import { createStoryPanel } from './panel.ts';
import { createPlayer } from './player.ts';
import './presentation.css';

/** Mounts the Story panel and the player. */
export function mount(app: App): void {
  const player = createPlayer(app);
  const panel = createStoryPanel(app, player);
  app.on('share:storyboard', ({ name, step, present }) => {
    void panel.load(name).then((board) => {
      if (!board) return;
      if (present) void player.play(board, step);
      else app.selectTab('story');
    });
  });
}
