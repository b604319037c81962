/** SVG element builder (the SVG twin of app/dom.ts's `h`): attributes and text only, never markup strings. */

const NS = 'http://www.w3.org/2000/svg';

/**
 * @example
 * svg('circle', { cx: 10, cy: 10, r: 4, class: 'event' })
 */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (SVGElement | string | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs))
    if (value !== undefined) el.setAttribute(key, String(value));
  for (const child of children) {
    if (child === null) continue;
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}
