/**
 * What the timeline shows: dated entities of the graph (events first of all), dated source documents, and
 * rows of a timeline query (`app.showTimeline`). Pure: no DOM.
 */
import type { KgGraph } from '../network/graph.ts';
import { toTime } from './scale.ts';

export type Lane = 'event' | 'document' | 'query';

export interface TimelineItem {
  lane: Lane;
  time: number;
  date: string;
  label: string;
  /** Entity or document id (events and query rows with an id focus that node; documents open). */
  id: string | null;
  type: string;
}

const LABEL_KEYS = ['name', 'title', 'event', 'label', 'description'];

/** Items from the graph's dated nodes and the documents list. */
export function graphItems(
  graph: KgGraph,
  documents: Iterable<{ id: string; title: string; date: string | null }>,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  graph.forEachNode((id, a) => {
    const time = a.date ? toTime(a.date) : null;
    if (time !== null && a.date)
      items.push({ lane: 'event', time, date: a.date, label: a.name, id, type: a.type });
  });
  for (const d of documents) {
    const time = d.date ? toTime(d.date) : null;
    if (time !== null && d.date)
      items.push({ lane: 'document', time, date: d.date, label: d.title, id: d.id, type: 'SourceDocument' });
  }
  return items.sort((a, b) => a.time - b.time);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string')
    return value.name;
  return null;
}

/**
 * Items from query rows: the date is the first value that reads as an ISO date (preferring a `date` column),
 * the label the first of name/title/event/label/description or another text column, the id a row or node id.
 * @example
 * rowItems([{ date: '2017-05-23', event: 'NOSC leaves the STT' }])
 */
export function rowItems(rows: Record<string, unknown>[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const row of rows) {
    const entries = Object.entries(row);
    const dated = [...entries]
      .sort(([a], [b]) => Number(b === 'date') - Number(a === 'date'))
      .find(([, v]) => typeof v === 'string' && /^\d{4}(-\d{2}){0,2}/.test(v));
    if (!dated) continue;
    const date = dated[1] as string;
    const time = toTime(date);
    if (time === null) continue;
    const labelled =
      LABEL_KEYS.map((k) => text(row[k])).find((v) => v) ??
      entries.map(([k, v]) => (k === dated[0] ? null : text(v))).find((v) => v);
    const idValue =
      row.id ??
      entries
        .map(([, v]) => (v && typeof v === 'object' && 'id' in v ? v.id : undefined))
        .find((v) => typeof v === 'string');
    items.push({
      lane: 'query',
      time,
      date,
      label: labelled ?? date,
      id: typeof idValue === 'string' ? idValue : null,
      type: 'Event',
    });
  }
  return items.sort((a, b) => a.time - b.time);
}
