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
      this.byKey.set(key, {
        id: 'rel:' + hash('sha1', key).slice(0, 16),
        type,
        source,
        target,
        ...(role ? { role } : {}),
        ...(count ? { count } : {}),
        evidence: [ev],
      });
      return;
    }
    if (count) r.count = (r.count ?? 0) + count;
    if (!this.holds(r, ev)) r.evidence.push(ev);
  }

  /** Every relation, sorted by id. */
  sorted(): Relation[] {
    return [...this.byKey.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
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
