/**
 * Source documents for the reader panel: the list, and one document's text with every entity mention as a
 * span (offsets into the stored text, taken from the MENTIONS edges), so the page can highlight them and
 * scroll to a quoted sentence.
 */
import { SOURCE_DOCUMENT_LABEL } from '../../../core/model/index.ts';
import type { DocumentDetails, DocumentMention, DocumentSummary } from '../../api/schema.ts';
import { NotFoundError } from '../errors.ts';
import { readRows, type ReadContext } from './db.ts';
import { typeOf } from './shape.ts';

const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);

/** @example const { documents } = { documents: await listDocuments(ctx) }; */
export async function listDocuments(ctx: ReadContext): Promise<DocumentSummary[]> {
  const rows = await readRows<{ d: Record<string, unknown>; entities: number }>(
    ctx,
    `MATCH (d:${SOURCE_DOCUMENT_LABEL})
     RETURN d { .id, .title, .date, .kind, .path } AS d, COUNT { (d)-[:MENTIONS]->() } AS entities
     ORDER BY d.date, d.title`,
  );
  return rows.map(({ d, entities }) => ({
    id: text(d.id, ''),
    title: text(d.title, text(d.id, '')),
    date: typeof d.date === 'string' ? d.date : null,
    kind: text(d.kind, 'other'),
    path: text(d.path, ''),
    entities,
  }));
}

interface MentionRow {
  entity: string;
  name: string;
  labels: string[];
  starts: unknown;
  ends: unknown;
}

/** @example const doc = await readDocument(ctx, 'doc:0123456789abcdef'); */
export async function readDocumentDetails(ctx: ReadContext, id: string): Promise<DocumentDetails> {
  const [row] = await readRows<{ d: Record<string, unknown>; mentions: MentionRow[] }>(
    ctx,
    `MATCH (d:${SOURCE_DOCUMENT_LABEL} {id: $id})
     OPTIONAL MATCH (d)-[m:MENTIONS]->(e)
     WITH d, collect(CASE WHEN e IS NULL THEN null ELSE
       { entity: e.id, name: e.name, labels: labels(e), starts: m.starts, ends: m.ends } END) AS mentions
     RETURN d { .id, .title, .date, .kind, .path, .text } AS d, mentions`,
    { id },
  );
  if (!row) {
    throw new NotFoundError(
      'DOCUMENT_NOT_FOUND',
      `viewer: no document with id "${id}"; list them at /api/documents.`,
    );
  }
  const body = text(row.d.text, '');
  const mentions: DocumentMention[] = [];
  for (const m of row.mentions) {
    const starts = Array.isArray(m.starts) ? m.starts : [];
    const ends = Array.isArray(m.ends) ? m.ends : [];
    starts.forEach((start, i) => {
      const end = ends[i];
      if (typeof start !== 'number' || typeof end !== 'number' || end <= start || end > body.length) return;
      mentions.push({
        entity: m.entity,
        name: m.name,
        type: typeOf(m.labels),
        start,
        end,
        text: body.slice(start, end),
      });
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    id: text(row.d.id, id),
    title: text(row.d.title, id),
    date: typeof row.d.date === 'string' ? row.d.date : null,
    kind: text(row.d.kind, 'other'),
    path: text(row.d.path, ''),
    text: body,
    mentions,
  };
}
