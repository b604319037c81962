/**
 * Deterministic choices for a cluster: its type (strongest vote), canonical name (curated name, else the
 * most frequent full form that an acronym expands to, else the most frequent, longest well-formed form),
 * organisation kind (curated, else majority) and a stable id slug. Independent of document order.
 */
import type { EntityType, OrganizationKind } from '../../core/model/index.ts';
import type { FactEntity } from '../extract/facts.ts';
import { findKnown } from './known.ts';
import { personKey, slug, tidyName } from './keys.ts';

const PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'org',
  Place: 'place',
  Event: 'event',
  Document: 'document',
  Technology: 'tech',
};

const isAcr = (s: string): boolean =>
  /^[\p{Lu}\d][\p{L}\d&]*$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2;

function tally<T extends string>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

export interface Canonical {
  type: EntityType;
  name: string;
  kind?: OrganizationKind;
  date?: string;
  aliases: string[];
  id: string;
}

/** Canonical record of a cluster of document-local entities. */
export function canonical(members: FactEntity[]): Canonical {
  const all = members
    .flatMap((m) => [m.name, ...m.aliases])
    .map(tidyName)
    .filter((s) => s.length > 0);
  const known = all.map((a) => findKnown(a)).find((k) => k !== undefined);
  const type = known?.type ?? tally(members.map((m) => m.type)) ?? 'Organization';
  let name = known?.name;
  if (!name) {
    const clean = all.map((a) => a.replace(/^the\s+/i, '')).filter((a) => !/^\d/.test(a) || type === 'Event');
    const expansions = members.filter((m) => m.acronym).flatMap((m) => m.aliases.filter((a) => !isAcr(a)));
    const pool = (
      expansions.length > 0 ? expansions.map((a) => tidyName(a).replace(/^the\s+/i, '')) : clean
    ).filter((a) => !isAcr(a));
    const candidates = pool.length > 0 ? pool : clean.length > 0 ? clean : all;
    const freq = new Map<string, number>();
    for (const c of candidates) freq.set(c, (freq.get(c) ?? 0) + 1);
    name = [...freq.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
    )[0]?.[0] as string;
  }
  const kinds = members.map((m) => m.kind).filter((k): k is OrganizationKind => k !== undefined);
  const kind = type === 'Organization' ? (known?.kind ?? tally(kinds) ?? 'civil_society') : undefined;
  const dates = members
    .map((m) => m.date)
    .filter((d): d is string => d !== undefined)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const aliases = [...new Set(all)].filter((a) => a !== name).sort();
  const key = type === 'Person' ? personKey(name) || name : name;
  const id = `${PREFIX[type]}:${slug(key)}` + (type === 'Event' && dates[0] ? `-${dates[0]}` : '');
  return { type, name, ...(kind ? { kind } : {}), ...(dates[0] ? { date: dates[0] } : {}), aliases, id };
}
