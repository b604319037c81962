/**
 * State shared by the finders and relation rules of one document: original and cleaned text (same length),
 * sentences, the local entity registry, relations drawn so far, and helpers to read the mentions inside a
 * span and to record a relation with its evidence sentence.
 */
import type { EntityType, RelationType, SourceDocument } from '../../core/model/index.ts';
import type { FactMention, FactRelation } from './facts.ts';
import type { Registry } from './registry.ts';
import type { Sentence } from './text/sentences.ts';

export interface Ctx {
  doc: SourceDocument;
  text: string;
  clean: string;
  sentences: Sentence[];
  reg: Registry;
  relations: FactRelation[];
  /** Local keys of people and organisations that sign the document (signature block, signatory list). */
  signers: string[];
  /** Organisations the signing people represent. */
  signerOrgs: string[];
}

export interface Hit {
  key: string;
  type: EntityType;
  start: number;
  end: number;
}

/** Mentions (deduplicated, by start) inside [start, end), optionally of given types. */
const sortedCache = new WeakMap<object, { n: number; list: FactMention[] }>();

const byPosition = (a: FactMention, b: FactMention): number => a.start - b.start || b.end - a.end;

/**
 * Mentions sorted by start (longest first, then in the order they were added), brought up to date when new
 * mentions were added (the registry only appends) by sorting the new ones and merging them in, not by
 * sorting them all again.
 */
function sortedMentions(ctx: Ctx): FactMention[] {
  const all = ctx.reg.mentions;
  const c = sortedCache.get(ctx.reg);
  if (c && c.n === all.length) return c.list;
  const list =
    c && c.n < all.length ? mergeSorted(c.list, all.slice(c.n).sort(byPosition)) : [...all].sort(byPosition);
  sortedCache.set(ctx.reg, { n: all.length, list });
  return list;
}

/** Stable merge of two sorted lists: on equal positions the older (`a`) comes first, as a stable sort does. */
function mergeSorted(a: FactMention[], b: FactMention[]): FactMention[] {
  const out: FactMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as FactMention;
    const y = b[j] as FactMention;
    if (byPosition(y, x) < 0) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
    }
  }
  while (i < a.length) out.push(a[i++] as FactMention);
  while (j < b.length) out.push(b[j++] as FactMention);
  return out;
}

export function hitsIn(ctx: Ctx, start: number, end: number, types?: EntityType[]): Hit[] {
  const out: Hit[] = [];
  const list = sortedMentions(ctx);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as FactMention).start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length; i++) {
    const m = list[i] as FactMention;
    if (m.start >= end) break;
    if (m.end > end) continue;
    const e = ctx.reg.entities.get(m.entity);
    if (!e) continue;
    if (types && !types.includes(e.type)) continue;
    if (out.some((h) => h.start < m.end && m.start < h.end)) continue;
    out.push({ key: m.entity, type: e.type, start: m.start, end: m.end });
  }
  return out;
}

/** Record a relation whose evidence is sentence `s` (offsets exact into the original text). */
export function relate(
  ctx: Ctx,
  type: RelationType,
  source: string,
  target: string,
  s: { start: number; end: number },
  method: string,
  confidence: number,
  role?: string,
): void {
  if (source === target) return;
  const dup = ctx.relations.find(
    (r) => r.type === type && r.source === source && r.target === target && r.evidence.start === s.start,
  );
  if (dup) return;
  ctx.relations.push({
    type,
    source,
    target,
    ...(role ? { role } : {}),
    evidence: {
      document: ctx.doc.id,
      text: ctx.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      method,
      confidence,
    },
  });
}

/** The cleaned text of a sentence. */
export function cleanOf(ctx: Ctx, s: { start: number; end: number }): string {
  return ctx.clean.slice(s.start, s.end);
}
