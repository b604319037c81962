/**
 * The Story panel (`#panel-story`): storyboards saved in the project (list, load, play), the loaded
 * storyboard's steps (go to, remove), "Record step" capturing the current view with a caption and its
 * sources, and "Save" writing it back as `data/storyboards/<name>.json` through the API.
 */
import { Storyboard, StoryboardName, type StoryStep } from '../../../api/schema.ts';
import type { App } from '../app/index.ts';
import { h } from '../app/dom.ts';
import { errorMessage } from '../api/index.ts';
import { currentView } from '../share/view.ts';
import type { Player } from './player.ts';
import { recordStep } from './story.ts';

export function createStoryPanel(
  app: App,
  player: Player,
): { load(name: string): Promise<Storyboard | null> } {
  const root = app.panels.story;
  const list = h('ul', { class: 'story-list', 'aria-label': 'Saved storyboards' });
  const steps = h('ol', { class: 'story-steps', 'aria-label': 'Steps' });
  const status = h('div', { class: 'story-status', 'aria-live': 'polite' });
  const nameInput = h('input', {
    id: 'story-name',
    type: 'text',
    placeholder: 'my-story',
    autocomplete: 'off',
  });
  const titleInput = h('input', { id: 'story-title', type: 'text', placeholder: 'Title of the storyboard' });
  const stepTitle = h('input', { id: 'step-title', type: 'text', placeholder: 'Step title' });
  const stepCaption = h('textarea', {
    id: 'step-caption',
    rows: 3,
    placeholder: 'Caption shown while presenting',
  });
  const stepSources = h('textarea', {
    id: 'step-sources',
    rows: 2,
    placeholder: 'Sources, one a line: document file, title or id, or a short quote',
  });
  let draft: { name: string; title: string; steps: StoryStep[] } = { name: '', title: '', steps: [] };

  const say = (text: string, error = false) =>
    status.replaceChildren(
      h('p', { class: error ? 'q-error-box' : 'q-hint', role: error ? 'alert' : null }, text),
    );

  function renderSteps(): void {
    const playing = player.current();
    steps.replaceChildren(
      ...draft.steps.map((step, i) =>
        h(
          'li',
          { 'aria-current': playing?.board.name === draft.name && playing.index === i ? 'step' : null },
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => void play(i) },
            step.title || `Step ${i + 1}`,
          ),
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'icon-btn',
              'aria-label': `Remove step ${i + 1}`,
              onclick: () => remove(i),
            },
            '×',
          ),
        ),
      ),
    );
    if (draft.steps.length === 0)
      steps.append(h('li', { class: 'q-hint story-none' }, 'No steps yet: record the current view.'));
  }

  function remove(i: number): void {
    draft = { ...draft, steps: draft.steps.filter((_, j) => j !== i) };
    renderSteps();
  }

  async function play(i = 0): Promise<void> {
    const parsed = Storyboard.safeParse({
      ...draft,
      name: draft.name || 'draft',
      title: draft.title || 'Draft',
    });
    if (!parsed.success)
      return say(`Cannot play: ${parsed.error.issues[0]?.message ?? 'invalid storyboard'}`, true);
    await player.play(parsed.data, i);
    renderSteps();
  }

  async function refreshList(): Promise<void> {
    try {
      const { storyboards } = await app.api.storyboards();
      list.replaceChildren(
        ...storyboards.map((s) =>
          h(
            'li',
            {},
            h('span', { class: 'story-item-title' }, `${s.title} (${s.steps} steps)`),
            h(
              'button',
              { type: 'button', class: 'btn', 'data-story': s.name, onclick: () => void load(s.name) },
              'Load',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'btn primary',
                'data-play': s.name,
                onclick: () => void load(s.name).then((b) => b && play(0)),
              },
              'Play',
            ),
          ),
        ),
      );
      if (storyboards.length === 0) list.append(h('li', { class: 'q-hint' }, 'No storyboards saved yet.'));
    } catch (error) {
      list.replaceChildren(h('li', { class: 'q-error-box', role: 'alert' }, errorMessage(error)));
    }
  }

  async function load(name: string): Promise<Storyboard | null> {
    try {
      const board = await app.api.storyboard(name);
      draft = { name: board.name, title: board.title, steps: board.steps };
      nameInput.value = board.name;
      titleInput.value = board.title;
      renderSteps();
      say(`Loaded "${board.title}": ${board.steps.length} steps. Play it, or record more steps.`);
      return board;
    } catch (error) {
      say(errorMessage(error), true);
      return null;
    }
  }

  function record(): void {
    const caption = stepCaption.value.trim();
    if (stepTitle.value.trim() === '' || caption === '')
      return say('Write a step title and a caption first.', true);
    const sources = stepSources.value
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const step = recordStep(currentView(app), { title: stepTitle.value.trim(), caption, sources });
    draft = { ...draft, steps: [...draft.steps, step] };
    stepTitle.value = stepCaption.value = stepSources.value = '';
    renderSteps();
    say(`Recorded step ${draft.steps.length}${step.query ? ` (query ${step.query.name})` : ''}.`);
  }

  async function save(): Promise<void> {
    const name = StoryboardName.safeParse(nameInput.value.trim());
    if (!name.success) return say(`Name: ${name.error.issues[0]?.message ?? 'invalid'}`, true);
    const board = Storyboard.safeParse({
      name: name.data,
      title: titleInput.value.trim(),
      steps: draft.steps,
    });
    if (!board.success) return say(`Cannot save: ${board.error.issues[0]?.message ?? 'invalid'}`, true);
    try {
      const saved = await app.api.saveStoryboard(name.data, board.data);
      draft = { name: saved.name, title: saved.title, steps: saved.steps };
      say(`Saved as data/storyboards/${saved.name}.json.`);
      await refreshList();
    } catch (error) {
      say(errorMessage(error), true);
    }
  }

  const field = (label: string, input: HTMLElement) =>
    h('div', { class: 'q-field' }, h('label', { for: input.id }, label), input);
  root.replaceChildren(
    h('h2', { class: 'panel-title' }, 'Storyboards'),
    list,
    h('h3', { class: 'story-sub' }, 'Steps'),
    steps,
    h(
      'div',
      { class: 'c-actions' },
      h(
        'button',
        { type: 'button', class: 'btn primary', id: 'story-play', onclick: () => void play(0) },
        'Play ▶',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          onclick: () => {
            draft = { name: '', title: '', steps: [] };
            nameInput.value = titleInput.value = '';
            renderSteps();
          },
        },
        'New',
      ),
    ),
    h('h3', { class: 'story-sub' }, 'Record the current view'),
    field('Step title', stepTitle),
    field('Caption', stepCaption),
    field('Sources', stepSources),
    h('button', { type: 'button', class: 'btn', id: 'story-record', onclick: record }, 'Record step'),
    h('h3', { class: 'story-sub' }, 'Save'),
    field('File name', nameInput),
    field('Title', titleInput),
    h(
      'button',
      { type: 'button', class: 'btn', id: 'story-save', onclick: () => void save() },
      'Save storyboard',
    ),
    status,
  );
  app.on('story:step', renderSteps);
  renderSteps();
  void refreshList();
  return { load };
}
