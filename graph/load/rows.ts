/**
 * Turns records of the shared model into the flat parameter rows the load statements UNWIND: one row per
 * document, entity and relationship, with each relationship's evidence serialised item by item (JSON) next
 * to its de-duplication key. Pure functions, no database.
 */
import type {
  Entity,
  EntityType,
  Evidence,
  Mention,
  Relation,
  RelationType,
  SourceDocument,
} from '../../core/model/index.ts';
import { evidenceKey } from '../schema/properties.ts';

export type DocumentRow = Omit<SourceDocument, 'date'> & { date: string | null };

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  /** Distinct aliases, plus the name when it is not already one, so a merge can union them. */
  aliases: string[];
  kind: string | null;
  date: string | null;
  mentions: number;
}

/** The endpoint label of a relationship: an entity, or a source document. */
export type Endpoint = 'Entity' | 'SourceDocument';

export interface RelationRow {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  sourceLabel: Endpoint;
  targetLabel: Endpoint;
  role: string | null;
  /** Evidence keys (`document|start|end`) and the matching JSON items, same order, no duplicates. */
  keys: string[];
  items: string[];
  documents: string[];
  methods: string[];
  confidence: number;
  /** MENTIONS from a source document only: number of mentions and their offsets in that document. */
  count: number;
  starts: number[];
  ends: number[];
}

export function documentRow(doc: SourceDocument): DocumentRow {
  return { ...doc };
}

export function entityRow(entity: Entity): EntityRow {
  const aliases = [...new Set([...entity.aliases, entity.name])].filter((a) => a !== entity.name);
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases,
    kind: entity.kind ?? null,
    date: entity.date ?? null,
    mentions: entity.mentions,
  };
}

/** A relationship row carrying only the given evidence (already restricted to the documents wanted). */
export function relationRow(
  relation: Relation,
  evidence: Evidence[],
  labels: { source: Endpoint; target: Endpoint },
): RelationRow {
  const row: RelationRow = {
    id: relation.id,
    type: relation.type,
    source: relation.source,
    target: relation.target,
    sourceLabel: labels.source,
    targetLabel: labels.target,
    role: relation.role ?? null,
    keys: [],
    items: [],
    documents: [],
    methods: [],
    confidence: 0,
    count: relation.count ?? 0,
    starts: [],
    ends: [],
  };
  addEvidence(row, evidence);
  return row;
}

/** Adds evidence to a row, skipping pieces it already has (same document, start and end). */
export function addEvidence(row: RelationRow, evidence: Evidence[]): void {
  // Most rows carry one or two pieces: a linear search beats building a set for each.
  const seen = row.keys.length + evidence.length > 16 ? new Set(row.keys) : null;
  for (const item of evidence) {
    const key = evidenceKey(item);
    if (seen ? seen.has(key) : row.keys.includes(key)) continue;
    seen?.add(key);
    row.keys.push(key);
    row.items.push(evidenceItem(item));
    if (!row.documents.includes(item.document)) row.documents.push(item.document);
    if (!row.methods.includes(item.method)) row.methods.push(item.method);
    row.confidence = Math.max(row.confidence, item.confidence);
  }
}

/**
 * The stored JSON of one piece of evidence, its key fields first (`{"document":…,"start":…,"end":…,"text":…`),
 * so that `evidenceKeyPrefix` identifies it inside the stored list (see MERGE_EVIDENCE in statements.ts).
 * @example evidenceItem({ document: 'doc:a', text: 'X met Y.', start: 0, end: 8, method: 'pattern', confidence: 0.9 })
 * // '{"document":"doc:a","start":0,"end":8,"text":"X met Y.","method":"pattern","confidence":0.9}'
 */
export function evidenceItem(e: Evidence): string {
  return `{"document":${JSON.stringify(e.document)},"start":${e.start},"end":${e.end},"text":${JSON.stringify(
    e.text,
  )},"method":${JSON.stringify(e.method)},"confidence":${JSON.stringify(e.confidence)}}`;
}

/** The opening of an `evidenceItem` up to its key fields: `{"document":"doc:a","start":0,"end":8,`. */
export function evidenceKeyPrefix(item: string): string {
  return item.slice(0, item.indexOf(',"text":') + 1);
}

/** Evidence drawn from the mentions themselves: the named span, method `mention`, full confidence. */
export function mentionEvidence(mentions: Mention[]): Evidence[] {
  return mentions.map((m) => ({
    document: m.document,
    text: m.text,
    start: m.start,
    end: m.end,
    method: 'mention',
    confidence: 1,
  }));
}
