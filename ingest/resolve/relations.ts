/**
 * The relations of a resolved batch as they are built: one relation per (type, source, target, role), with
 * a stable id hashed from those, counts summed, and each piece of evidence kept once per (document, start,
 * method) in the order it was first seen. Built for hundreds of thousands of additions: the id is hashed
 * once per relation and evidence lists that grow long are deduplicated through a set, not a scan.
 */
import { hash } from 'node:crypto';
import type { Evidence, Relation } from '../../core/model/index.ts';

/** Evidence lists up to this length are scanned; longer ones get a set of what they hold. */
const SCAN_LIMIT = 8;

const evidenceKey = (ev: Evidence): string => `${ev.document}\u0000${ev.start}\u0000${ev.method}`;

/**
 * A new relation with its keys in the output order (id, type, source, target, role?, count?, evidence):
 * object literals of four fixed shapes, cheaper to build than spreads of optional parts.
 */
function newRelation(
  id: string,
  type: Relation['type'],
  source: string,
  target: string,
  ev: Evidence,
  role?: string,
  count?: number,
): Relation {
  if (role) {
    return count
      ? { id, type, source, target, role, count, evidence: [ev] }
      : { id, type, source, target, role, evidence: [ev] };
  }
  return count
    ? { id, type, source, target, count, evidence: [ev] }
    : { id, type, source, target, evidence: [ev] };
}

export class RelationSet {
  private readonly byKey = new Map<string, Relation>();
  private readonly held = new Map<Relation, Set<string>>();

  /**
   * @example relations.add('MENTIONS', 'doc:1', 'org:ogp', evidence, undefined, 3)
   */
  add(
    type: Relation['type'],
    source: string,
    target: string,
    ev: Evidence,
    role?: string,
    count?: number,
  ): void {
    const key = `${type}|${source}|${target}|${role ?? ''}`;
    const r = this.byKey.get(key);
    if (!r) {
      this.byKey.set(
        key,
        newRelation('rel:' + hash('sha1', key).slice(0, 16), type, source, target, ev, role, count),
      );
      return;
    }
    if (count) r.count = (r.count ?? 0) + count;
    if (!this.holds(r, ev)) r.evidence.push(ev);
  }

  /** Every relation, sorted by id. */
  sorted(): Relation[] {
    return sortById([...this.byKey.values()]);
  }

  private holds(r: Relation, ev: Evidence): boolean {
    const list = r.evidence;
    if (list.length < SCAN_LIMIT) {
      return list.some((e) => e.document === ev.document && e.start === ev.start && e.method === ev.method);
    }
    let set = this.held.get(r);
    if (!set) this.held.set(r, (set = new Set(list.map(evidenceKey))));
    const key = evidenceKey(ev);
    if (set.has(key)) return true;
    set.add(key);
    return false;
  }
}

const INDEX_BITS = 2 ** 20;

/**
 * Relations in id order, as `sort((a, b) => (a.id < b.id ? -1 : 1))` gives, without a callback per
 * comparison: ids are 'rel:' and hex digits, so the first 32 bits of the hash and the relation's index
 * fit in one float, which a Float64Array sorts natively; runs sharing those 32 bits are then sorted by id.
 */
export function sortById(relations: Relation[]): Relation[] {
  const byId = (a: Relation, b: Relation): number => (a.id < b.id ? -1 : 1);
  const n = relations.length;
  // Every id is 'rel:' + 16 hex digits (add); past a million relations the index would not fit.
  if (n >= INDEX_BITS) return relations.sort(byId);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++)
    keys[i] = parseInt((relations[i] as Relation).id.slice(4, 12), 16) * INDEX_BITS + i;
  keys.sort();
  const out: Relation[] = new Array<Relation>(n);
  for (let i = 0; i < n; i++) out[i] = relations[(keys[i] as number) % INDEX_BITS] as Relation;
  for (let start = 0; start < n;) {
    const prefix = Math.floor((keys[start] as number) / INDEX_BITS);
    let end = start + 1;
    while (end < n && Math.floor((keys[end] as number) / INDEX_BITS) === prefix) end++;
    if (end - start > 1) out.splice(start, end - start, ...out.slice(start, end).sort(byId));
    start = end;
  }
  return out;
}
