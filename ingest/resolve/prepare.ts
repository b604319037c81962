/**
 * The part of resolution that needs one document only, done as each document's facts arrive (the pipeline
 * runs it on the main thread while worker threads still extract), so the single-threaded step after
 * extraction is left with the cross-document merge: output mentions already built, mention counts per
 * local entity with their first evidence, tidied surface forms, and the name keys of the document's surface
 * forms memoised.
 */
import type { Evidence, Mention } from '../../core/model/index.ts';
import type { DocumentFacts } from '../extract/facts.ts';
import { findKnown } from './known.ts';
import { tidiedForms } from './canonical.ts';
import { nameKey, personKey, squashKey } from './keys.ts';

/** How often one local entity is mentioned, and the evidence of its first mention. */
export interface LocalCount {
  key: string;
  n: number;
  first: Evidence;
}

export interface PreparedFacts {
  facts: DocumentFacts;
  /**
   * The document's mentions as output records, in order; `entity` is set to the global id when the batch
   * is resolved (each one is resolved from `mentionKeys`, so resolving twice gives the same records).
   */
  mentions: Mention[];
  /** Local entity key of each mention. */
  mentionKeys: string[];
  /** Mention counts per local key, in the order of each key's first mention. */
  counts: LocalCount[];
  /** Per entity of `facts.entities`, its name and aliases tidied (tidiedForms), for canonical names. */
  tidied: string[][];
}

/**
 * @example const prepared = extracted.map((e) => prepareFacts(e.facts)); resolvePrepared(prepared, known);
 */
export function prepareFacts(facts: DocumentFacts): PreparedFacts {
  const doc = facts.document.id;
  const mentions: Mention[] = [];
  const mentionKeys: string[] = [];
  const byKey = new Map<string, LocalCount>();
  const counts: LocalCount[] = [];
  for (const m of facts.mentions) {
    mentions.push({ entity: m.entity, document: doc, start: m.start, end: m.end, text: m.text });
    mentionKeys.push(m.entity);
    const c = byKey.get(m.entity);
    if (c) c.n++;
    else {
      const first: Evidence = {
        document: doc,
        text: m.text,
        start: m.start,
        end: m.end,
        method: 'mention',
        confidence: 1,
      };
      const added = { key: m.entity, n: 1, first };
      byKey.set(m.entity, added);
      counts.push(added);
    }
  }
  const tidied = facts.entities.map(tidiedForms);
  // Warm the (pure, memoised) name keys that clustering and canonical names ask for.
  for (const e of facts.entities) {
    for (const surface of [e.name, ...e.aliases]) {
      findKnown(surface);
      if (e.type === 'Person') personKey(surface);
      else {
        nameKey(surface);
        squashKey(surface);
      }
    }
  }
  return { facts, mentions, mentionKeys, counts, tidied };
}
