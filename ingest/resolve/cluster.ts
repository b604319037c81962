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
import { isCommonWord, isPlaceName } from '../extract/lexicon.ts';
import { ORG_HEADS } from '../vocabulary/cues.ts';
import { bagOf } from './translate.ts';
import { republicOf } from './canonical.ts';

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

/** Organisation head words and their translations: "Fundación Karisma" = "Karisma Foundation". */
const HEADS: Record<string, string> = {
  fundacion: 'foundation',
  fundacao: 'foundation',
  foundation: 'foundation',
  instituto: 'institute',
  institute: 'institute',
  centro: 'center',
  center: 'center',
  colectivo: 'collective',
  collective: 'collective',
  observatorio: 'observatory',
  observatory: 'observatory',
  laboratorio: 'lab',
  lab: 'lab',
  laboratory: 'lab',
};

const CONNECTOR = /^(?:de|del|la|las|los|el|y|e|do|da|dos|das|para|por|en|of|for|the|and|on|in)$/;

/**
 * Key of "Head Name" (Spanish, Portuguese) and "Name Head" (English) forms of one organisation, where Name is
 * one or two words with no connector: "fundación karisma" and "karisma foundation" → "head:foundation:karisma".
 */
export function headKey(nk: string): string | null {
  const ws = nk.split(' ');
  if (ws.length < 2 || ws.length > 3 || ws.some((w) => CONNECTOR.test(w))) return null;
  const first = HEADS[ws[0] as string];
  const last = HEADS[ws[ws.length - 1] as string];
  if (
    first &&
    !last &&
    ws[0] !== 'lab' &&
    !/^(foundation|institute|center|collective|observatory)$/.test(ws[0] as string)
  )
    return `head:${first}:${ws.slice(1).join(' ')}`;
  if (
    last &&
    !first &&
    !/^(fundacion|fundacao|instituto|centro|colectivo|observatorio|laboratorio)$/.test(
      ws[ws.length - 1] as string,
    )
  )
    return `head:${last}:${ws.slice(0, -1).join(' ')}`;
  return null;
}

/** Initials of a name's capitalised words, hyphenated parts apart: "Inter-American Commission on Human Rights" → "IACHR". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * Acronym → normalised full name, for acronyms no document defines: the one multi-word organisation name of the
 * batch whose initials spell it ("IACHR" used alone in one document, "Inter-American Commission on Human Rights"
 * written out in another). Ambiguous initials give nothing.
 */
export function initialsMap(items: Item[], defined: Map<string, string>): Map<string, string> {
  const used = new Set<string>();
  const byInitials = new Map<string, Set<string>>();
  for (const { entity } of items) {
    if (entity.type !== 'Organization') continue;
    for (const a of [entity.name, ...entity.aliases]) {
      if (isAcr(a)) {
        if (!defined.has(a) && a.length >= 3) used.add(a);
        continue;
      }
      const ws = a.split(/\s+/);
      if (ws.length < 3) continue;
      const ini = initialsOf(a);
      if (ini.length < 3) continue;
      const set = byInitials.get(ini) ?? new Set<string>();
      set.add(nameKey(a));
      byInitials.set(ini, set);
    }
  }
  const out = new Map<string, string>();
  for (const a of used) {
    const set = byInitials.get(a.toUpperCase());
    if (set && set.size === 1) out.set(a, [...set][0] as string);
  }
  return out;
}

const OF = /^(?:of|on|for|de|del|para|in)$/;
/** Chambers that name a committee of theirs by a word before its name ("Senate Justice Committee"). */
const CHAMBERS = new Set(['senate', 'house', 'congress', 'assembly', 'parliament', 'chamber', 'senado']);
const STATE_OF = /^(\p{L}+) (?:of the|de la|del) (?:republic|republica|nation|nacion|union)$/u;
/** Chambers of state in English and Spanish: "Senate", "Senate of the Republic", "Senado de la República". */
const STATE_BODIES = new Map([
  ['senate', 'senate'],
  ['senado', 'senate'],
  ['congress', 'congress'],
  ['congreso', 'congress'],
]);

/** Heads a short form "<Field> <Head>" may stand for: "Interior Ministry" = "Ministry of Interior and ...". */
const FIELD_HEADS = new Set(['ministry', 'department', 'directorate']);

/**
 * Shorter forms a batch may write for the name `ws` (a normalised organisation name, as words):
 * "spurwerk" and "haki wazi" for "spurwerk security lab" and "haki wazi initiative" (the name without its
 * head words, when what is left ends in no head, connector or place: the proper part of the name), and
 * "interior ministry" for "ministry of interior and national administration" (the head after its first field).
 * At most two words are dropped, and a short form that names an institution of its own (the table) is kept.
 */
function headlessForms(ws: string[]): string[] {
  const out: string[] = [];
  const last = ws[ws.length - 1] as string;
  if (ws.length >= 2 && ws.length <= 5 && ORG_HEADS.has(last) && !ws.some((w) => CONNECTOR.test(w))) {
    for (let i = Math.max(1, ws.length - 2); i < ws.length; i++) {
      const rest = ws.slice(i);
      if (!ORG_HEADS.has(rest[rest.length - 1] as string)) continue;
      const short = ws.slice(0, i);
      const end = short[short.length - 1] as string;
      if (ORG_HEADS.has(end) || short.join(' ').length < 4) continue;
      if (isPlaceName(short.join(' ')) || (short.length === 1 && isCommonWord(end))) continue;
      // "United Nations Human Rights Committee" is no "United Nations": a body of a named institution.
      if (findKnown(short.join(' '))) continue;
      out.push(short.join(' '));
    }
  }
  const field = /^(\p{L}+) of (?:the )?(\p{L}+)(?: |$)/u.exec(ws.join(' '));
  if (field?.[1] && field[2] && FIELD_HEADS.has(field[1]) && !CONNECTOR.test(field[2]))
    out.push(`${field[2]} ${field[1]}`);
  return out;
}

/**
 * Short form → normalised full name, where a batch writes an organisation's name without its "of/on/for/in …"
 * tail ("Inter-American Commission" beside "Inter-American Commission on Human Rights", "Lake Region Press
 * Club" beside "Lake Region Press Club in Kisumu"), without its head
 * words ("Spurwerk" beside "Spurwerk Security Lab") or as "<Field> Ministry" (see headlessForms). Only a short
 * form with one single longer name in the batch: "National Institute" beside two institutes gives nothing.
 */
export function shortFormMap(items: Item[]): Map<string, string> {
  const names = new Set<string>();
  for (const { entity } of items) {
    if (entity.type !== 'Organization') continue;
    for (const a of [entity.name, ...entity.aliases]) if (!isAcr(a)) names.add(nameKey(a));
  }
  const longer = new Map<string, Set<string>>();
  const add = (short: string, nk: string): void => {
    const set = longer.get(short) ?? new Set<string>();
    set.add(nk);
    longer.set(short, set);
  };
  for (const nk of names) {
    const ws = nk.split(' ');
    // "Senate Justice Committee" beside "Justice Committee": a chamber or a place before a body's name.
    const lead = ws[0] as string;
    if (ws.length >= 3 && (CHAMBERS.has(lead) || isPlaceName(lead))) {
      const short = ws.slice(1).join(' ');
      if (names.has(short)) add(short, nk);
    }
    // "Parliament" beside "Parliament of Ghana": a chamber named alone and with its country.
    if (
      ws.length >= 3 &&
      CHAMBERS.has(lead) &&
      ws[1] === 'of' &&
      names.has(lead) &&
      isPlaceName(ws.slice(2).join(' '))
    )
      add(lead, nk);
    for (const short of headlessForms(ws)) if (names.has(short)) add(short, nk);
    for (let i = 2; i < ws.length - 1; i++) {
      if (!OF.test(ws[i] as string)) continue;
      const short = ws.slice(0, i).join(' ');
      if (names.has(short)) add(short, nk);
    }
  }
  const out = new Map<string, string>();
  for (const [short, set] of longer) if (set.size === 1) out.set(short, [...set][0] as string);
  return out;
}

/** A company name key and its legal form: "veldt systems ltd", "halvard sa de cv", "lusotec seguranca lda". */
const LEGAL_FORM =
  /^(.+?) (?:ltd|limited|inc|incorporated|llc|plc|gmbh|ag|sa|s a|sa de cv|s a de c v|sas|sl|srl|bv|nv|lda|spa|oy|ab|as|corp|co)$/;

/** Comparison keys of one surface form of an entity of `type`; `shorts` from shortFormMap. */
export function surfaceKeys(
  type: EntityType,
  surface: string,
  acronyms: Map<string, string>,
  shorts?: Map<string, string>,
): string[] {
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
  // A gazetteer place that a rule read as an organisation ("By X, Mexico City, date") meets the place.
  if (t === 'Organization' && isPlaceName(surface)) keys.push(`Place:${nk}`);
  // "President of the Republic of Colombia": the republic named in an address is the country.
  const republic = t === 'Organization' ? republicOf(nk) : undefined;
  if (republic) keys.push(`Place:${republic}`);
  // "Senate of the Republic" = "Senate", "Senado de la República" = "Senado": a state body named with its state.
  const body = t === 'Organization' ? (STATE_OF.exec(nk)?.[1] ?? nk) : '';
  const chamber = STATE_BODIES.get(body);
  if (chamber) keys.push(`${t}:state-body:${chamber}`);
  // "Ciudad de México" = "Mexico City", "Ciudad de Guatemala" = "Guatemala City".
  const city = t === 'Place' ? /^ciudad de (.+)$/.exec(nk) : null;
  if (city) keys.push(`${t}:${city[1]} city`);
  // "Veldt Systems Ltd" = "Veldt Systems": a company's legal form is no part of what it is called.
  const legal = t === 'Organization' ? LEGAL_FORM.exec(nk) : null;
  if (legal?.[1] && legal[1].length >= 3) keys.push(`${t}:${legal[1]}`);
  // "Peru's Congress" = "Congress", "Ecuador's National Assembly" = "National Assembly": a country's body
  // named with the country before it.
  const owned =
    t === 'Organization'
      ? /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s? (\p{Lu}.*)$/u.exec(surface.trim())
      : null;
  if (owned?.[1] && owned[2] && isPlaceName(owned[1])) {
    for (const k of surfaceKeys(t, owned[2], acronyms, shorts)) if (!keys.includes(k)) keys.push(k);
  }
  // "Ministerio de la Presidencia" = "Laboratorio ... de Ostrava": Spanish or Portuguese forms with the same
  // words meet each other here; they meet an English form in cluster() (only when one English name has them).
  const bag = t === 'Organization' ? bagOf(nk) : null;
  if (bag?.foreign) keys.push(`${t}:bag:${bag.bag}`);
  const hk = t === 'Organization' ? headKey(nk) : null;
  if (hk) keys.push(`${t}:${hk}`);
  const long = t === 'Organization' ? shorts?.get(nk) : undefined;
  if (long) keys.push(`${t}:${long}`);
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

/**
 * "Ministerio de la Presidencia" = "Ministry of the Presidency": an organisation named in Spanish or Portuguese
 * joins the English name with the same translated words, when the batch has one such English name only. Two
 * English names are never joined this way ("Digital Rights Defense Network" and "Network in Defense of Digital
 * Rights" may be two bodies), and a foreign name whose words fit both stays apart.
 */
function linkTranslations(items: Item[], uf: UnionFind): void {
  const english = new Map<string, { names: Set<string>; item: number }>();
  const foreign: [number, string][] = [];
  items.forEach(({ entity }, i) => {
    if (entity.type !== 'Organization') return;
    for (const surface of new Set([entity.name, ...entity.aliases])) {
      if (isAcr(surface)) continue;
      const nk = nameKey(surface);
      const b = bagOf(nk);
      if (!b) continue;
      if (b.foreign) {
        foreign.push([i, b.bag]);
        continue;
      }
      const e = english.get(b.bag) ?? { names: new Set<string>(), item: i };
      e.names.add(nk);
      english.set(b.bag, e);
    }
  });
  for (const [i, bag] of foreign) {
    const e = english.get(bag);
    if (e && e.names.size === 1) uf.union(e.item, i);
  }
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
 * Cluster items that share a key. `keys(i)` gives item i's keys (name first, then aliases, deduplicated,
 * in first-seen order), recomputed from the batch's memo on demand: only reuse of known ids reads them.
 * @example cluster(items, acronymMap(items)) // array of clusters of item indexes
 */
export function cluster(
  items: Item[],
  acronyms: Map<string, string>,
  shorts?: Map<string, string>,
): { groups: number[][]; keys: (i: number) => string[] } {
  const uf = new UnionFind(items.length);
  const owner = new Map<string, number>();
  // Surface forms repeat across documents: their keys (a pure function of type, form and acronyms) are
  // computed once per batch, in one map per type.
  const memo = new Map<EntityType, Map<string, string[]>>();
  const keysOf = (type: EntityType, surface: string): string[] => {
    let byForm = memo.get(type);
    if (!byForm) memo.set(type, (byForm = new Map()));
    let ks = byForm.get(surface);
    if (!ks) byForm.set(surface, (ks = surfaceKeys(type, surface, acronyms, shorts)));
    return ks;
  };
  const eventYear = (entity: FactEntity): string | undefined =>
    entity.type === 'Event' && entity.date ? '@' + entity.date.slice(0, 4) : undefined;
  // Items sharing a key are unioned; the partition does not depend on the order keys are met in, and
  // each set's root is its smallest index.
  const link = (i: number, k: string): void => {
    const o = owner.get(k);
    if (o === undefined) owner.set(k, i);
    else if (o !== i) uf.union(o, i);
  };
  items.forEach(({ entity }, i) => {
    const year = eventYear(entity);
    for (const k of keysOf(entity.type, entity.name)) link(i, year ? k + year : k);
    for (const a of entity.aliases) for (const k of keysOf(entity.type, a)) link(i, year ? k + year : k);
  });
  const keys = (i: number): string[] => {
    const { entity } = items[i] as Item;
    const ks = new Set<string>();
    for (const k of keysOf(entity.type, entity.name)) ks.add(k);
    for (const a of entity.aliases) for (const k of keysOf(entity.type, a)) ks.add(k);
    const year = eventYear(entity);
    return year ? [...ks].map((k) => k + year) : [...ks];
  };
  linkTranslations(items, uf);
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  return { groups: [...groups.values()], keys };
}
