/**
 * Plans a load: splits an extraction into units of work, one managed transaction each. A unit holds whole
 * documents (the document node, the entities it names, its relationships with the evidence it gives, its
 * MENTIONS edges), so a document is loaded all-or-nothing; small documents share a unit until it holds about
 * `batchSize` rows, so the UNWIND statements stay full. Evidence from documents outside the extraction and
 * entities no document refers to go last, in units of their own.
 */
import type { Evidence, Extraction, Mention, Relation } from '../../core/model/index.ts';
import {
  addEvidence,
  documentRow,
  entityRow,
  mentionEvidence,
  relationRow,
  type DocumentRow,
  type Endpoint,
  type EntityRow,
  type RelationRow,
} from './rows.ts';

export interface LoadUnit {
  /** Source documents this unit is responsible for (its report line). */
  ownDocuments: string[];
  documents: DocumentRow[];
  entities: EntityRow[];
  relations: RelationRow[];
  /** MENTIONS edges from a source document to an entity, one per pair. */
  mentionEdges: RelationRow[];
  /** Number of mention records this unit carries. */
  mentions: number;
  rows: number;
}

/**
 * What a unit is built from: the documents and entities it touches, and each relation with the evidence this
 * part gives it (rows are made only when the unit is built: see `PlannedUnit`).
 */
interface Part {
  documents: Set<string>;
  entities: Set<string>;
  relations: Map<string, { relation: Relation; labels: Labels; evidence: Evidence[] }>;
  mentionEdges: Map<string, RelationRow>;
  mentions: number;
}

const newPart = (): Part => ({
  documents: new Set(),
  entities: new Set(),
  relations: new Map(),
  mentionEdges: new Map(),
  mentions: 0,
});

type Labels = { source: Endpoint; target: Endpoint };

/**
 * A planned unit, built into its rows only when it is about to run. A large load then holds the rows of one
 * unit at a time rather than of all of them: keeping every row of 300k relationships alive through the load
 * cost the client more garbage-collection time than building them (bench:load).
 */
export interface PlannedUnit {
  ownDocuments: string[];
  rows: number;
  build(): LoadUnit;
}

/**
 * @example planUnits(extraction, 2000).map((u) => u.ownDocuments)
 */
export function planUnits(extraction: Extraction, batchSize: number): LoadUnit[] {
  return planLoad(extraction, batchSize).map((planned) => planned.build());
}

/**
 * Plans the units of a load without building their rows (see `PlannedUnit`); `planUnits` builds them all.
 * @example for (const planned of planLoad(extraction, 10_000)) await run(planned.build());
 */
export function planLoad(extraction: Extraction, batchSize: number): PlannedUnit[] {
  const docs = new Map(extraction.documents.map((d) => [d.id, d]));
  const ents = new Map(extraction.entities.map((e) => [e.id, e]));
  const labelOf = (id: string): Endpoint =>
    docs.has(id) || (!ents.has(id) && id.startsWith('doc:')) ? 'SourceDocument' : 'Entity';

  const parts = new Map<string, Part>(extraction.documents.map((d) => [d.id, newPart()]));
  const outside = newPart(); // evidence from documents not in this extraction
  const partOf = (docId: string): Part => parts.get(docId) ?? outside;
  // Relations pass the labels they already looked up (the hot loop of a large load looks each up once).
  const touchAs = (part: Part, id: string, label: Endpoint) =>
    label === 'Entity' ? part.entities.add(id) : part.documents.add(id);
  const touch = (part: Part, id: string) => touchAs(part, id, labelOf(id));
  for (const relation of extraction.relations) {
    const labels = { source: labelOf(relation.source), target: labelOf(relation.target) };
    if (relation.type === 'MENTIONS' && labels.source === 'SourceDocument' && labels.target === 'Entity') {
      const part = partOf(relation.source);
      const key = `${relation.source}>${relation.target}`;
      const existing = part.mentionEdges.get(key);
      if (existing) addEvidence(existing, relation.evidence);
      else part.mentionEdges.set(key, relationRow(relation, relation.evidence, labels));
      part.documents.add(relation.source);
      part.entities.add(relation.target);
      continue;
    }
    const single = singleDocument(relation.evidence);
    for (const [docId, evidence] of single === undefined
      ? byDocument(relation.evidence)
      : [[single, relation.evidence] as const]) {
      const part = partOf(docId);
      const existing = part.relations.get(relation.id);
      if (existing) existing.evidence = [...existing.evidence, ...evidence];
      else part.relations.set(relation.id, { relation, labels, evidence });
      touchAs(part, relation.source, labels.source);
      touchAs(part, relation.target, labels.target);
    }
  }

  for (const [pair, mentions] of groupBy(extraction.mentions, (m) => `${m.document}>${m.entity}`)) {
    const first = mentions[0] as Mention;
    const part = partOf(first.document);
    let edge = part.mentionEdges.get(pair);
    if (!edge) {
      edge = relationRow(
        {
          id: `mentions:${first.document}:${first.entity}`,
          type: 'MENTIONS',
          source: first.document,
          target: first.entity,
          evidence: [],
        },
        [],
        { source: 'SourceDocument', target: 'Entity' },
      );
      part.mentionEdges.set(pair, edge);
    }
    const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    edge.count = sorted.length;
    edge.starts = sorted.map((m) => m.start);
    edge.ends = sorted.map((m) => m.end);
    addEvidence(edge, mentionEvidence(sorted));
    part.mentions += mentions.length;
    touch(part, first.document);
    touch(part, first.entity);
  }
  for (const part of [...parts.values(), outside]) {
    for (const edge of part.mentionEdges.values()) if (edge.count === 0) edge.count = edge.keys.length;
  }

  const referenced = new Set<string>();
  for (const part of [...parts.values(), outside]) for (const id of part.entities) referenced.add(id);
  const orphans = newPart();
  for (const id of ents.keys()) if (!referenced.has(id)) orphans.entities.add(id);

  const units: PlannedUnit[] = [];
  let pending: Array<[string | null, Part]> = [];
  let pendingRows = 0;
  const flush = () => {
    if (pending.length > 0) {
      const parts = pending;
      units.push({
        ownDocuments: parts.flatMap(([own]) => (own === null ? [] : [own])),
        rows: pendingRows,
        build: () => buildUnit(parts, docs, ents),
      });
    }
    pending = [];
    pendingRows = 0;
  };
  const add = (own: string | null, part: Part) => {
    pending.push([own, part]);
    pendingRows += part.documents.size + part.entities.size + part.relations.size + part.mentionEdges.size;
    if (pendingRows >= batchSize) flush();
  };
  for (const [docId, part] of parts) {
    part.documents.add(docId);
    add(docId, part);
  }
  flush();
  for (const part of [...splitPart(outside, batchSize), ...splitPart(orphans, batchSize)]) add(null, part);
  flush();
  return units;
}

function buildUnit(
  parts: Array<[string | null, Part]>,
  docs: Map<string, Extraction['documents'][number]>,
  ents: Map<string, Extraction['entities'][number]>,
): LoadUnit {
  const documents = new Map<string, DocumentRow>();
  const entities = new Map<string, EntityRow>();
  const relations = new Map<string, RelationRow>();
  const mentionEdges = new Map<string, RelationRow>();
  let mentions = 0;
  for (const [, part] of parts) {
    for (const id of part.documents) {
      const doc = docs.get(id);
      if (doc && !documents.has(id)) documents.set(id, documentRow(doc));
    }
    for (const id of part.entities) {
      if (entities.has(id)) continue; // a row depends on the entity alone: one per unit is enough
      const entity = ents.get(id);
      if (!entity) continue; // already in the graph (a known entity); MATCHed by the relationship statements
      entities.set(id, entityRow(entity));
    }
    for (const [id, { relation, labels, evidence }] of part.relations) {
      const existing = relations.get(id);
      if (existing) addEvidence(existing, evidence);
      else relations.set(id, relationRow(relation, evidence, labels));
    }
    mergeRows(mentionEdges, part.mentionEdges);
    mentions += part.mentions;
  }
  const unit = {
    ownDocuments: parts.flatMap(([own]) => (own === null ? [] : [own])),
    documents: [...documents.values()],
    entities: [...entities.values()],
    relations: [...relations.values()],
    mentionEdges: [...mentionEdges.values()],
    mentions,
  };
  return {
    ...unit,
    rows: unit.documents.length + unit.entities.length + unit.relations.length + unit.mentionEdges.length,
  };
}

/** Merges the rows of a part into the unit's; the unit takes the part's row objects over (a part goes to one unit). */
function mergeRows(into: Map<string, RelationRow>, from: Map<string, RelationRow>): void {
  for (const [key, row] of from) {
    const existing = into.get(key);
    if (!existing) {
      into.set(key, row);
      continue;
    }
    for (let i = 0; i < row.keys.length; i++) {
      const key2 = row.keys[i] as string;
      if (existing.keys.includes(key2)) continue;
      existing.keys.push(key2);
      existing.items.push(row.items[i] as string);
    }
    for (const d of row.documents) if (!existing.documents.includes(d)) existing.documents.push(d);
    for (const m of row.methods) if (!existing.methods.includes(m)) existing.methods.push(m);
    existing.confidence = Math.max(existing.confidence, row.confidence);
  }
}

/** Splits a part that belongs to no document into pieces of about `size` rows (not atomic together). */
function splitPart(part: Part, size: number): Part[] {
  const pieces: Part[] = [];
  let current = newPart();
  let rows = 0;
  const next = () => {
    if (rows > 0) pieces.push(current);
    current = newPart();
    rows = 0;
  };
  for (const id of part.entities) {
    current.entities.add(id);
    if (++rows >= size) next();
  }
  for (const [id, entry] of part.relations) {
    current.relations.set(id, entry);
    for (const [end, label] of [
      [entry.relation.source, entry.labels.source],
      [entry.relation.target, entry.labels.target],
    ] as const) {
      if (label === 'Entity') current.entities.add(end);
      else current.documents.add(end);
    }
    if (++rows >= size) next();
  }
  for (const [id, row] of part.mentionEdges) {
    current.mentionEdges.set(id, row);
    current.documents.add(row.source);
    current.entities.add(row.target);
    if (++rows >= size) next();
  }
  next();
  return pieces;
}

/** The one document all the evidence cites (most relations), or undefined (none, or several). */
function singleDocument(evidence: Evidence[]): string | undefined {
  const first = evidence[0]?.document;
  for (let i = 1; i < evidence.length; i++)
    if ((evidence[i] as Evidence).document !== first) return undefined;
  return first;
}

/** Evidence grouped by document (for relations citing several; `singleDocument` covers the others). */
function byDocument(evidence: Evidence[]): Iterable<[string, Evidence[]]> {
  return groupBy(evidence, (e) => e.document);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
