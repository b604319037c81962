/**
 * The document reader: a modal dialog with the source text (GET /api/documents/:id), every mention
 * highlighted with its entity type, and the quoted evidence highlighted distinctly and scrolled into view.
 * Built from text nodes and <mark> elements (segments.ts); data never goes through innerHTML. Clicking a
 * mention closes the reader and focuses that entity. Esc closes (native <dialog>).
 */
import type { DocumentDetails } from '../../../api/schema.ts';
import { errorMessage } from '../api/index.ts';
import { byId, h } from '../app/dom.ts';
import type { App } from '../app/index.ts';
import { segmentText, type Span } from './segments.ts';

/** Renders the text with highlights into `body`; returns the first quote element (to scroll to). */
export function renderDocumentText(
  body: HTMLElement,
  doc: DocumentDetails,
  quote: Span | null,
  onMention: (entity: string) => void,
): HTMLElement | null {
  const fragment = document.createDocumentFragment();
  let first: HTMLElement | null = null;
  for (const segment of segmentText(doc.text.length, doc.mentions, quote)) {
    const text = doc.text.slice(segment.start, segment.end);
    let node: Node = document.createTextNode(text);
    if (segment.mention) {
      const m = segment.mention;
      node = h(
        'mark',
        {
          class: 'mention',
          'data-type': m.type,
          title: `${m.name} (${m.type})`,
          onclick: () => onMention(m.entity),
        },
        text,
      );
    }
    if (segment.quote) {
      const wrap = h('span', { class: 'quote' }, node);
      first ??= wrap;
      node = wrap;
    }
    fragment.appendChild(node);
  }
  body.replaceChildren(fragment);
  return first;
}

/** Listens for `document:open` and shows the reader. */
export function mountReader(app: App): void {
  const dialog = byId<HTMLDialogElement>('reader');
  const title = byId('reader-title');
  const meta = byId('reader-meta');
  const body = byId('reader-body');
  byId('reader-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close()); // backdrop click
  let returnFocus: HTMLElement | null = null;
  dialog.addEventListener('close', () => returnFocus?.focus());

  app.on('document:open', ({ id, quote }) => {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    void (async () => {
      try {
        const doc = await app.api.document(id);
        title.textContent = doc.title;
        const count = new Set(doc.mentions.map((m) => m.entity)).size;
        meta.replaceChildren(
          h('span', {}, doc.date ?? 'undated'),
          h('span', { class: 'chip' }, doc.kind.replace(/_/g, ' ')),
          h('span', { class: 'muted' }, `${doc.mentions.length} mentions of ${count} entities`),
          h('span', { class: 'muted path' }, doc.path),
        );
        const target = renderDocumentText(body, doc, quote ?? null, (entity) => {
          dialog.close();
          app.focus(entity);
        });
        if (!dialog.open) dialog.showModal();
        body.scrollTop = 0;
        if (target) requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
        body.focus();
      } catch (error) {
        app.notify(`Could not open the document: ${errorMessage(error)}`, 'error');
      }
    })();
  });
}
