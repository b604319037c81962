/**
 * Last step of extraction: drop overlapping mentions (keep the longest), drop entities left without a
 * mention or relation, point relations at live keys, and package the result as DocumentFacts.
 */
import type { Ctx } from './context.ts';
import type { DocumentFacts, FactMention } from './facts.ts';
import { isCommonWord } from './lexicon.ts';
import { ORDINALS, ORG_HEADS } from '../vocabulary/cues.ts';

const GENERIC =
  /^(the )?((open|joint|national|ogp|action|annual|technical|final|draft|this|our) )*(letter|report|plan|plans|statement|policy|declaration|agenda|standards)$/i;

/** Merge a bare generic name ("Steering Committee") into the one longer name of the document ending with it. */
function mergeSuffixes(ctx: Ctx): void {
  const list = [...ctx.reg.entities.values()];
  // Index every proper word-suffix (up to 5 words) of every alias: "steering committee" → its owners.
  const owners = new Map<string, Set<string>>();
  for (const o of list) {
    for (const a of o.aliases) {
      const words = a.toLowerCase().split(' ');
      for (let k = Math.max(1, words.length - 5); k < words.length; k++) {
        // "Steering Committee of the Open Government Partnership": a body "of (the)" a named body of three
        // words or more is another body ("Core Group of Civil Society": a two-word phrase still joins).
        const at = words[k - 1] === 'the' ? k - 2 : k - 1;
        const partOf = /^(of|de|del)$/.test(words[at] ?? '') && ORG_HEADS.has(words[at - 1] ?? '');
        if (partOf && words.length - k >= 3 && words.slice(k).some((w) => ORG_HEADS.has(w))) continue;
        const key = o.type + '|' + words.slice(k).join(' ');
        const set = owners.get(key) ?? new Set<string>();
        set.add(o.key);
        owners.set(key, set);
      }
    }
  }
  for (const e of list) {
    if (e.type === 'Person' || e.type === 'Place' || e.acronym) continue;
    const generic = e.name
      .split(' ')
      .every((w) => !ORDINALS.has(w.toLowerCase()) && (isCommonWord(w) || ORG_HEADS.has(w.toLowerCase())));
    if (!generic) continue;
    const longer = [...(owners.get(e.type + '|' + e.name.toLowerCase()) ?? [])].filter(
      (k) => k !== e.key && ctx.reg.entities.has(k),
    );
    if (longer.length === 1) ctx.reg.merge(longer[0] as string, e.key);
  }
  // "International Summit" inside "International OGP Summit": one event.
  const events = [...ctx.reg.entities.values()].filter((e) => e.type === 'Event').slice(0, 200);
  for (const e of events) {
    const words = e.name.toLowerCase().split(' ');
    if (words.length < 2) continue;
    const bigger = events.filter(
      (o) =>
        o !== e &&
        ctx.reg.entities.has(o.key) &&
        o.name.length > e.name.length &&
        words.every((w) => o.name.toLowerCase().split(' ').includes(w)),
    );
    if (bigger.length === 1) ctx.reg.merge((bigger[0] as { key: string }).key, e.key);
  }
  for (const e of [...ctx.reg.entities.values()]) {
    if (e.type === 'Document' && e.aliases.every((a) => GENERIC.test(a))) ctx.reg.entities.delete(e.key);
  }
}

export function finish(ctx: Ctx): DocumentFacts {
  mergeSuffixes(ctx);
  const sorted = [...ctx.reg.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: FactMention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    if (!ctx.reg.entities.has(m.entity)) continue;
    mentions.push(m);
    lastEnd = m.end;
  }
  const relations = ctx.relations
    .map((r) => ({ ...r, source: live(ctx, r.source), target: live(ctx, r.target) }))
    .filter((r) => r.source !== r.target);
  const used = new Set<string>([
    ...mentions.map((m) => m.entity),
    ...relations.flatMap((r) => [r.source, r.target]),
  ]);
  const entities = [...ctx.reg.entities.values()].filter((e) => used.has(e.key));
  const { id, path, title, date, kind } = ctx.doc;
  return { document: { id, path, title, date, kind }, entities, mentions, relations };
}

function live(ctx: Ctx, key: string): string {
  return key === ctx.doc.id ? key : ctx.reg.live(key);
}
