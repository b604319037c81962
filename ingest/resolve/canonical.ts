/**
 * Deterministic choices for a cluster: its type (strongest vote), canonical name (curated name, else the
 * most frequent full form that an acronym expands to, else the most frequent, longest well-formed form),
 * organisation kind (curated, else majority) and a stable id slug. Independent of document order.
 */
import type { EntityType, OrganizationKind } from '../../core/model/index.ts';
import type { FactEntity } from '../extract/facts.ts';
import type { KnownEntity } from '../vocabulary/aliases.ts';
import { findKnown } from './known.ts';
import { personKey, slug, tidyName } from './keys.ts';
import { isPlaceName } from '../extract/lexicon.ts';

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

function firstKnown(forms: Iterable<string>): KnownEntity | undefined {
  for (const form of forms) {
    const known = findKnown(form);
    if (known) return known;
  }
  return undefined;
}

export interface Canonical {
  type: EntityType;
  name: string;
  kind?: OrganizationKind;
  date?: string;
  aliases: string[];
  id: string;
}

function add(counts: Map<string, number>, form: string, n: number): void {
  counts.set(form, (counts.get(form) ?? 0) + n);
}

/** The most frequent form, then the longest, then the first in code-unit order. */
function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestN = 0;
  for (const [form, n] of counts) {
    if (
      best === undefined ||
      n > bestN ||
      (n === bestN && (form.length > best.length || (form.length === best.length && form < best)))
    ) {
      best = form;
      bestN = n;
    }
  }
  return best;
}

/**
 * "Republic of Colombia", "the Republic of the Philippines": the gazetteer place a state's formal name
 * names ("colombia"), else undefined. Works on surface forms and on name keys alike.
 */
export function republicOf(form: string): string | undefined {
  const m = /^(?:the\s+)?republic\s+of\s+(?:the\s+)?(.+)$/iu.exec(form);
  return m?.[1] !== undefined && isPlaceName(m[1]) ? m[1] : undefined;
}

/** A member's name then aliases, tidied (tidyName). */
export function tidiedForms(m: FactEntity): string[] {
  return [tidyName(m.name), ...m.aliases.map(tidyName)];
}

/**
 * Canonical record of a cluster of document-local entities; `tidied[j]`, when given, is
 * tidiedForms(members[j]) computed beforehand.
 */
export function canonical(members: FactEntity[], tidied?: readonly string[][]): Canonical {
  const formsOf = (j: number): string[] => tidied?.[j] ?? tidiedForms(members[j] as FactEntity);
  // Tidied surface forms with how often each occurs: a cluster repeats a few forms thousands of times.
  const forms = new Map<string, number>();
  for (let j = 0; j < members.length; j++) {
    for (const form of formsOf(j)) if (form.length > 0) add(forms, form, 1);
  }
  const known = firstKnown(forms.keys());
  let type = known?.type ?? tally(members.map((m) => m.type)) ?? 'Organization';
  // "By Ana Ruiz, Mexico City, 3 July": a gazetteer place read as an outlet or employer is still a place.
  // "The President of the Republic of Colombia" and "in Colombia": the republic of a place is that place.
  if (
    !known &&
    type === 'Organization' &&
    [...forms.keys()].every((f) => isPlaceName(f) || republicOf(f) !== undefined)
  ) {
    type = 'Place';
  }
  let name = known?.name;
  if (!name) {
    const clean = new Map<string, number>();
    for (const [form, n] of forms) {
      const c = form.replace(/^the\s+/i, '');
      if (!/^\d/.test(c) || type === 'Event') add(clean, c, n);
    }
    const expansions = new Map<string, number>();
    members.forEach((m, j) => {
      if (!m.acronym) return;
      const tidy = formsOf(j);
      m.aliases.forEach((a, k) => {
        if (!isAcr(a)) add(expansions, (tidy[k + 1] as string).replace(/^the\s+/i, ''), 1);
      });
    });
    const pool = new Map<string, number>();
    for (const [c, n] of expansions.size > 0 ? expansions : clean) if (!isAcr(c)) add(pool, c, n);
    const candidates = pool.size > 0 ? pool : clean.size > 0 ? clean : forms;
    name = mostFrequent(candidates) as string;
  }
  // A kind read from a full name outweighs one guessed from a bare acronym's letters in another document.
  const named = members.filter((m) => [m.name, ...m.aliases].some((a) => !isAcr(a)));
  const kinds = (named.length > 0 ? named : members)
    .map((m) => m.kind)
    .filter((k): k is OrganizationKind => k !== undefined);
  const kind = type === 'Organization' ? (known?.kind ?? tally(kinds) ?? 'civil_society') : undefined;
  const dates = members
    .map((m) => m.date)
    .filter((d): d is string => d !== undefined)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const aliases = [...forms.keys()].filter((a) => a !== name).sort();
  const key = type === 'Person' ? personKey(name) || name : name;
  const id = `${PREFIX[type]}:${slug(key)}` + (type === 'Event' && dates[0] ? `-${dates[0]}` : '');
  return { type, name, ...(kind ? { kind } : {}), ...(dates[0] ? { date: dates[0] } : {}), aliases, id };
}
