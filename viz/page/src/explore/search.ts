/**
 * A search box with suggestions over names and aliases (GET /api/search), debounced, as an ARIA combobox:
 * ↓/↑ move through suggestions, Enter picks, Esc closes (then clears). Used in the top bar and for picking
 * the ends of a shortest path. Answers that arrive after a newer request are dropped.
 */
import type { SearchHit } from '../../../api/schema.ts';
import { errorMessage } from '../api/index.ts';
import { pageConfig } from '../app/config.ts';
import { h } from '../app/dom.ts';
import type { App } from '../app/index.ts';
import { typeColor } from '../network/reducers.ts';

export interface SearchBoxOptions {
  id: string;
  placeholder: string;
  label: string;
  onPick: (hit: SearchHit) => void;
  /** Clear the input after a pick (top bar) or show the picked name (path ends). */
  clearOnPick?: boolean;
}

let counter = 0;

/**
 * Creates a search box element.
 * @example
 * container.append(createSearchBox(app, { id: 'search-input', placeholder: 'Search', label: 'Search', onPick }));
 */
export function createSearchBox(app: App, options: SearchBoxOptions): HTMLElement {
  const listId = `${options.id}-list-${++counter}`;
  const input = h('input', {
    id: options.id,
    type: 'search',
    placeholder: options.placeholder,
    'aria-label': options.label,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  let pickWhenAnswered = false; // Enter pressed before the suggestions arrived

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    close();
    input.value = options.clearOnPick ? '' : hit.name;
    options.onPick(hit);
  };
  const setActive = (i: number) => {
    active = hits.length === 0 ? -1 : (i + hits.length) % hits.length;
    list.querySelectorAll('li').forEach((li, j) => li.setAttribute('aria-selected', String(j === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    }
  };
  const render = (query: string) => {
    list.replaceChildren(
      ...(hits.length === 0
        ? [
            h(
              'li',
              { class: 'empty', role: 'option', 'aria-disabled': 'true' },
              `No entity matches “${query}”.`,
            ),
          ]
        : hits.map((hit, i) => {
            const dot = h('span', { class: 'dot' });
            dot.style.backgroundColor = typeColor(hit.type);
            return h(
              'li',
              {
                id: `${listId}-${i}`,
                role: 'option',
                'aria-selected': 'false',
                onmousedown: (e: Event) => (e.preventDefault(), pick(hit)),
              },
              dot,
              h('span', { class: 'hit-name' }, hit.name),
              hit.matched !== hit.name ? h('span', { class: 'hit-alias' }, hit.matched) : null,
              h('span', { class: 'hit-type' }, hit.type),
            );
          })),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  const search = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (query === '') return close();
    try {
      const { results } = await app.api.search({ q: query, limit: pageConfig.searchLimit });
      if (mine !== sequence) return;
      hits = results;
      if (pickWhenAnswered && hits[0]) {
        pickWhenAnswered = false;
        return pick(hits[0]);
      }
      pickWhenAnswered = false;
      render(query);
    } catch (error) {
      if (mine === sequence) app.notify(`Search failed: ${errorMessage(error)}`, 'error');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    pickWhenAnswered = false;
    timer = setTimeout(() => void search(), pageConfig.searchDebounceMs);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) return void search();
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const answered = !list.hidden;
      const hit = answered ? (hits[active] ?? hits[0]) : undefined;
      if (hit) pick(hit);
      else if (input.value.trim() !== '') {
        pickWhenAnswered = true;
        clearTimeout(timer);
        void search();
      }
    } else if (e.key === 'Escape') {
      e.preventDefault(); // handled here: do not also close the details panel
      e.stopPropagation();
      if (!list.hidden) close();
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return h('div', { class: 'search-box' }, input, list);
}
