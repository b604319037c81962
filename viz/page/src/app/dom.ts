/**
 * Tiny DOM builder: the page builds every element through these helpers so that data only ever
 * reaches the document as text nodes or attribute values, never through `innerHTML`.
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element with attributes, event listeners (`on*` keys) and children (strings become text nodes).
 * @example
 * h('button', { class: 'btn', onclick: () => run(), 'aria-label': 'Run' }, 'Run')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, ...children);
  return el;
}

/** Appends children (strings as text nodes), skipping empty ones. */
export function append(parent: Node, ...children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Removes all children of an element. */
export function clear(el: Element): void {
  el.replaceChildren();
}

/** The element with that id, or an error naming it (the shell in index.html must provide it). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`page: element #${id} is missing from index.html; restore the shell markup.`);
  return el as T;
}
