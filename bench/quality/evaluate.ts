/**
 * Scores an extraction against a gold annotation: entity recall (found, and found as exactly one node),
 * entity precision (extracted entities that are real and correctly typed), and relation recall with the
 * right type. Pure: no I/O, so tests and the `eval:extract` script share it.
 */
import path from 'node:path';
import type { Entity, Extraction, Relation } from '../../core/model/index.ts';
import type { Gold, GoldEntity, GoldRelation } from './gold.ts';
import { nameKey } from './normalize.ts';

export interface EntityScore {
  required: number;
  found: number;
  foundAsOne: number;
  extracted: number;
  correct: number;
  wrongType: string[];
  unmatched: string[];
  missing: string[];
  split: string[];
  overMerged: string[];
}

export interface RelationScore {
  required: number;
  found: number;
  missing: string[];
  extracted: number;
  matchingGold: number;
}

export interface DocumentScore {
  checked: number;
  correct: number;
  wrong: string[];
}

export interface Score {
  documents: DocumentScore;
  entities: EntityScore;
  relations: RelationScore;
  entityRecall: number;
  entityRecallAsOne: number;
  entityPrecision: number;
  relationRecall: number;
}

const keysOf = (names: string[]): Set<string> => new Set(names.map(nameKey).filter((k) => k.length > 0));

function matches(gold: GoldEntity, entity: Entity): boolean {
  const goldKeys = keysOf([gold.name, ...gold.aliases]);
  for (const key of keysOf([entity.name, ...entity.aliases])) if (goldKeys.has(key)) return true;
  if (gold.type === 'Event' && entity.type === 'Event' && gold.date && entity.date) {
    return (
      entity.date.startsWith(gold.date) || (gold.date.startsWith(entity.date) && entity.date.length >= 7)
    );
  }
  return false;
}

/** For each gold entity, the extracted entities that match it by name or alias (type checked separately). */
function matchEntities(gold: Gold, extraction: Extraction): Map<GoldEntity, Entity[]> {
  const result = new Map<GoldEntity, Entity[]>();
  for (const g of gold.entities)
    result.set(
      g,
      extraction.entities.filter((e) => matches(g, e)),
    );
  return result;
}

function scoreEntities(extraction: Extraction, matched: Map<GoldEntity, Entity[]>): EntityScore {
  const score: EntityScore = {
    required: 0,
    found: 0,
    foundAsOne: 0,
    extracted: extraction.entities.length,
    correct: 0,
    wrongType: [],
    unmatched: [],
    missing: [],
    split: [],
    overMerged: [],
  };
  for (const [g, entities] of matched) {
    if (!g.required) continue;
    score.required += 1;
    const typed = entities.filter((e) => e.type === g.type);
    if (typed.length === 0) {
      score.missing.push(`${g.type} ${g.name}` + (entities.length ? ` (found as ${entities[0]?.type})` : ''));
      continue;
    }
    score.found += 1;
    if (typed.length === 1) score.foundAsOne += 1;
    else score.split.push(`${g.name}: ${typed.map((e) => e.name).join(' | ')}`);
  }
  for (const e of extraction.entities) {
    const golds = [...matched].filter(([, es]) => es.includes(e)).map(([g]) => g);
    if (golds.length === 0) score.unmatched.push(`${e.type} ${e.name}`);
    else if (golds.some((g) => g.type === e.type)) score.correct += 1;
    else score.wrongType.push(`${e.name}: ${e.type}, expected ${golds[0]?.type}`);
    const distinct = new Set(golds.filter((g) => g.type === e.type).map((g) => g.name));
    if (distinct.size > 1) score.overMerged.push(`${e.name}: ${[...distinct].join(' + ')}`);
  }
  return score;
}

/** Ids that a gold end may stand for: matching entities, or a source document (and who signed or wrote it). */
function endIds(
  names: string | string[],
  gold: Gold,
  matched: Map<GoldEntity, Entity[]>,
  extraction: Extraction,
  withAuthors: boolean,
): Set<string> {
  const ids = new Set<string>();
  for (const name of Array.isArray(names) ? names : [names]) {
    if (name.startsWith('doc:')) {
      const file = name.slice(4);
      for (const d of extraction.documents) {
        if (path.basename(d.path) !== file) continue;
        ids.add(d.id);
        if (!withAuthors) continue;
        for (const r of extraction.relations)
          if ((r.type === 'SIGNED' || r.type === 'AUTHORED') && r.target === d.id) ids.add(r.source);
      }
      continue;
    }
    const g = gold.entities.find((x) => x.name === name);
    if (!g) throw new Error(`gold: relation names "${name}", which is no gold entity`);
    for (const e of matched.get(g) ?? []) ids.add(e.id);
  }
  return ids;
}

function relationFound(
  r: GoldRelation,
  gold: Gold,
  matched: Map<GoldEntity, Entity[]>,
  x: Extraction,
): Relation | undefined {
  const byAuthor = r.type === 'CALLED_ON' || r.type === 'SUPPORTS';
  const sources = endIds(r.source, gold, matched, x, byAuthor);
  const targets = endIds(r.target, gold, matched, x, byAuthor);
  const types: string[] = [r.type].flat();
  return x.relations.find(
    (e) =>
      types.includes(e.type) &&
      ((sources.has(e.source) && targets.has(e.target)) || (sources.has(e.target) && targets.has(e.source))),
  );
}

function scoreRelations(
  gold: Gold,
  extraction: Extraction,
  matched: Map<GoldEntity, Entity[]>,
): RelationScore {
  const score: RelationScore = { required: 0, found: 0, missing: [], extracted: 0, matchingGold: 0 };
  const hits = new Set<Relation>();
  for (const r of gold.relations) {
    const hit = relationFound(r, gold, matched, extraction);
    if (hit) hits.add(hit);
    if (!r.required) continue;
    score.required += 1;
    if (hit) score.found += 1;
    else
      score.missing.push(`${[r.source].flat()[0]} -${[r.type].flat().join('|')}-> ${[r.target].flat()[0]}`);
  }
  const scored = extraction.relations.filter((r) => r.type !== 'MENTIONS');
  score.extracted = scored.length;
  score.matchingGold = scored.filter((r) => hits.has(r)).length;
  return score;
}

/** Dates and kinds of source documents, found from their text, against the gold's. */
function scoreDocuments(gold: Gold, extraction: Extraction): DocumentScore {
  const score: DocumentScore = { checked: 0, correct: 0, wrong: [] };
  for (const g of gold.documents) {
    const d = extraction.documents.find((x) => path.basename(x.path) === g.file);
    const checks: [string, unknown, unknown][] = [];
    if (g.date) checks.push(['date', g.date, d?.date]);
    if (g.kind) checks.push(['kind', g.kind, d?.kind]);
    for (const [what, expected, actual] of checks) {
      score.checked += 1;
      if (expected === actual) score.correct += 1;
      else score.wrong.push(`${g.file}: ${what} ${String(actual)}, expected ${String(expected)}`);
    }
  }
  return score;
}

/**
 * @example
 * const score = evaluate(await readGold(goldFile), extraction);
 * score.entityRecall; // 0..1
 */
export function evaluate(gold: Gold, extraction: Extraction): Score {
  const matched = matchEntities(gold, extraction);
  const entities = scoreEntities(extraction, matched);
  const relations = scoreRelations(gold, extraction, matched);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    documents: scoreDocuments(gold, extraction),
    entities,
    relations,
    entityRecall: ratio(entities.found, entities.required),
    entityRecallAsOne: ratio(entities.foundAsOne, entities.required),
    entityPrecision: ratio(entities.correct, entities.extracted),
    relationRecall: ratio(relations.found, relations.required),
  };
}
