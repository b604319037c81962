/**
 * The evidence list shared by node and edge details: each quoted sentence in a blockquote, cited with its
 * document's title and date, and an "Open document" button that opens the reader at that quote.
 */
import type { EvidenceItem } from '../../../api/schema.ts';
import { h } from '../app/dom.ts';
import type { App } from '../app/index.ts';

/** Evidence items grouped by quote (the same sentence backing several relations is shown once). */
export function evidenceList(app: App, items: EvidenceItem[], limit = 40): HTMLElement {
  const unique = new Map<string, EvidenceItem & { types: Set<string> }>();
  for (const item of items) {
    const key = `${item.document.id}:${item.start}:${item.end}`;
    const seen = unique.get(key);
    if (seen) {
      if (item.relationType) seen.types.add(item.relationType);
    } else unique.set(key, { ...item, types: new Set(item.relationType ? [item.relationType] : []) });
  }
  const all = [...unique.values()].sort(
    (a, b) => (a.document.date ?? '').localeCompare(b.document.date ?? '') || a.start - b.start,
  );
  if (all.length === 0) return h('p', { class: 'muted' }, 'No quoted evidence.');
  const list = h(
    'ol',
    { class: 'evidence' },
    all.slice(0, limit).map((item) =>
      h(
        'li',
        {},
        h('blockquote', {}, item.text),
        h(
          'div',
          { class: 'cite' },
          h('cite', {}, item.document.title),
          h('span', { class: 'muted' }, item.document.date ?? 'undated'),
          [...item.types].map((t) => h('span', { class: 'chip' }, t)),
          h(
            'button',
            {
              type: 'button',
              class: 'btn small',
              onclick: () => app.openDocument(item.document.id, { start: item.start, end: item.end }),
            },
            'Open document',
          ),
        ),
      ),
    ),
  );
  return all.length > limit
    ? h('div', {}, list, h('p', { class: 'muted' }, `${all.length - limit} more not shown.`))
    : list;
}
