/**
 * Clustering of document-local entities into real-world entities: every surface form yields comparison keys
 * (normalised name, squashed name, person key without initials, "Committee of the X" ↔ "X Committee",
 * acronyms expanded with definitions found in any document, curated alias table); items sharing a key are
 * unioned. The result does not depend on document order.
 */
import type { EntityType } from '../../core/model/index.ts';
import type { FactEntity } from '../extract/facts.ts';
import { findKnown } from './known.ts';
import { nameKey, personKey, squashKey } from './keys.ts';

export interface Item {
  doc: string;
  entity: FactEntity;
}

const isAcr = (s: string): boolean =>
  /^[\p{Lu}\d][\p{L}\d&]*$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2;

/** Acronym → normalised expansion, from every document's definitions (longest expansion wins). */
export function acronymMap(items: Item[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { entity } of items) {
    if (!entity.acronym) continue;
    const full = entity.aliases
      .filter((a) => !isAcr(a))
      .map(nameKey)
      .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (!full) continue;
    const prev = map.get(entity.acronym);
    if (!prev || full.length > prev.length || (full.length === prev.length && full < prev))
      map.set(entity.acronym, full);
  }
  return map;
}

/** Comparison keys of one surface form of an entity of `type`. */
export function surfaceKeys(type: EntityType, surface: string, acronyms: Map<string, string>): string[] {
  const keys: string[] = [];
  const known = findKnown(surface);
  if (known && (known.type === type || type === 'Organization' || known.type === 'Organization')) {
    keys.push('known:' + known.name);
  }
  if (type === 'Person') {
    const pk = personKey(surface);
    if (pk.includes(' ')) keys.push('P:' + pk);
    return keys;
  }
  const t = type === 'Technology' ? 'Organization' : type;
  if (isAcr(surface)) {
    keys.push(`${t}:acr:${surface.toUpperCase()}`);
    const exp = acronyms.get(surface);
    if (exp) keys.push(`${t}:${exp}`);
    return keys;
  }
  const nk = nameKey(surface);
  if (!nk) return keys;
  keys.push(`${t}:${nk}`, `${t}:s:${squashKey(surface)}`);
  // Expand acronym words ("OGP Steering Committee" → "open government partnership steering committee").
  const expanded = surface
    .split(/\s+/)
    .map((w) => acronyms.get(w.replace(/['’]s$/u, '')) ?? w)
    .join(' ');
  const ek = nameKey(expanded);
  if (ek !== nk) keys.push(`${t}:${ek}`);
  // "Steering Committee of the Open Government Partnership" ↔ "Open Government Partnership Steering Committee".
  const of = /^(.+?) of (?:the )?(.+)$/.exec(ek);
  if (of && of[1] && of[2] && of[1].split(' ').length <= 3) keys.push(`${t}:${of[2]} ${of[1]}`);
  if (t === 'Document' && / national /.test(` ${nk} `)) keys.push(`${t}:${nk.replace(/\bnational /, '')}`);
  return keys;
}

/** Union-find over item indexes. */
export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Cluster items that share a key; `extra` maps key → group index for pre-known entities.
 * @example cluster(items, acronymMap(items)) // array of clusters of item indexes
 */
export function cluster(
  items: Item[],
  acronyms: Map<string, string>,
): { groups: number[][]; keys: string[][] } {
  const uf = new UnionFind(items.length);
  const owner = new Map<string, number>();
  // Surface forms repeat across documents: their keys (a pure function of type, form and acronyms) are
  // computed once per batch.
  const memo = new Map<string, string[]>();
  const keysOf = (type: EntityType, surface: string): string[] => {
    const at = `${type}\u0000${surface}`;
    let ks = memo.get(at);
    if (!ks) memo.set(at, (ks = surfaceKeys(type, surface, acronyms)));
    return ks;
  };
  const keys = items.map(({ entity }) => {
    const ks = new Set<string>();
    for (const k of keysOf(entity.type, entity.name)) ks.add(k);
    for (const a of entity.aliases) for (const k of keysOf(entity.type, a)) ks.add(k);
    if (entity.type === 'Event' && entity.date) return [...ks].map((k) => k + '@' + entity.date?.slice(0, 4));
    return [...ks];
  });
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, i);
      else uf.union(o, i);
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  return { groups: [...groups.values()], keys };
}
