/**
 * Evidence as the viewer shows it: each quoted sentence with the id, title and date of its document, so the
 * page can cite it and open the document at the quote.
 */
import { SOURCE_DOCUMENT_LABEL, type Evidence } from '../../../core/model/index.ts';
import type { EvidenceItem } from '../../api/schema.ts';
import { readRows, type ReadContext } from './db.ts';

export type DocumentTitles = Map<string, { title: string; date: string | null }>;

/** Titles and dates of the given source documents. */
export async function documentTitles(ctx: ReadContext, ids: string[]): Promise<DocumentTitles> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await readRows<{ id: string; title: unknown; date: unknown }>(
    ctx,
    `UNWIND $ids AS id MATCH (d:${SOURCE_DOCUMENT_LABEL} {id: id}) RETURN d.id AS id, d.title AS title, d.date AS date`,
    { ids: unique },
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        title: typeof r.title === 'string' ? r.title : r.id,
        date: typeof r.date === 'string' ? r.date : null,
      },
    ]),
  );
}

/** Stored evidence → API evidence items, best first (highest confidence, then document order). */
export function toEvidenceItems(
  items: Evidence[],
  titles: DocumentTitles,
  relation?: string,
  relationType?: string,
): EvidenceItem[] {
  return [...items]
    .sort((a, b) => b.confidence - a.confidence || a.document.localeCompare(b.document) || a.start - b.start)
    .map((e) => {
      const doc = titles.get(e.document);
      const item: EvidenceItem = {
        document: { id: e.document, title: doc?.title ?? e.document, date: doc?.date ?? null },
        text: e.text,
        start: e.start,
        end: e.end,
        method: e.method,
        confidence: e.confidence,
      };
      if (relation !== undefined) item.relation = relation;
      if (relationType !== undefined) item.relationType = relationType;
      return item;
    });
}
