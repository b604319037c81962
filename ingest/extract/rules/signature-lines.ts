/**
 * Reading one line of a signature block, a credits line or an addressee line, where names stand alone and
 * their position (not their words) says what they are: "Access Now" on its own line after "Sincerely," is an
 * organisation. Parses "Name - Org", "Name, Title, Org", "Name, Org", "Name (Org)", "Org (ACR)", a bare
 * person, a bare title and a bare organisation, and registers what it finds.
 */
import { classifyName } from '../find/classify.ts';
import { orgKind } from '../find/kinds.ts';
import { isCommonWord, isFirstName, isLastName, isPlaceName } from '../lexicon.ts';
import type { Ctx } from '../context.ts';
import { findDates } from '../text/dates.ts';
import { isAcronym, tokenize } from '../text/tokens.ts';
import { COURTESY_TITLE } from '../find/patterns.ts';
import {
  CONNECTORS,
  DOCUMENT_HEADS,
  ORG_HEADS,
  ORG_HEADS_ES,
  STOP_WORDS,
  TITLES,
} from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { findKnown } from '../../resolve/known.ts';

/** Words of a job title beyond the shared TITLES cue list (signature blocks spell roles out). */
const ROLE_WORDS = new Set(
  (
    'lead programme program officer manager coordinator coordinadora coordinador directora presidenta ' +
    'presidente secretaria secretario general fellow counsel adviser advisor campaigner specialist associate ' +
    'senior staff policy legal research communications campaigns projects project vice managing ' +
    'investigator investigadora investigador representante integrante fundador fundadora staff writer ' +
    'correspondent columnist writer photographer spokesperson portavoz ejecutiva ejecutivo deputy press ' +
    'regional acting interim principal assistant mp ranking clerk whip'
  ).split(/\s+/),
);
/** Words that name a periodical ("Diario Vértice", "Gaceta del Sur"): never a person's name in a credit. */
const MEDIA_WORDS = new Set(
  'diario periodico gaceta revista semanario noticias cronica heraldo tribuna'.split(' '),
);
const PARTICLES = /^(de|del|la|las|los|y|van|von|da|dos|das|di|le|al|bin|ben)$/i;
/** A capitalised name word; "O'Leary", "D’Amico", "McKenzie", "MacLeod" and "Mensah-Boateng" too. */
const NAME_WORD = /^(?:(?:\p{Lu}['’]|Ma?c)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\.)$/u;

export type LineKind = 'full' | 'person' | 'title' | 'org' | 'titleorg' | 'none';

export interface Parsed {
  kind: LineKind;
  person?: string;
  org?: string;
  role?: string;
  /** The line names the organisation first ("Org — Name, role"): the organisation signs, by its signer. */
  orgFirst?: boolean;
}

const low = fold;

/** "TOMÁS ARRIAGA" → "Tomás Arriaga"; text with any lower-case letter is returned as it is. */
export function titled(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}.*\s.*\p{Lu}/u.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * A person's name by its shape alone: 2–5 capitalised words (particles allowed), none a cue word, mostly
 * not ordinary words; `lenient` (where the position expects a person) only asks that not all are.
 */
export function personShape(text: string, lenient = false): boolean {
  const ws = words(titled(text.trim()));
  const core = ws.filter((w) => !PARTICLES.test(w));
  if (core.length < 2 || ws.length > 6 || PARTICLES.test(ws[0] as string)) return false;
  for (const w of core) {
    if (!NAME_WORD.test(w)) return false;
    const l = low(w);
    if (STOP_WORDS.has(l) || TITLES.has(l) || ORG_HEADS.has(l) || ORG_HEADS_ES.has(l)) return false;
    if (DOCUMENT_HEADS.has(l) || ROLE_WORDS.has(l) || MEDIA_WORDS.has(l)) return false;
  }
  if (isPlaceName(core.join(' ')) || core.some((w) => isPlaceName(w) && !isFirstName(w) && !isLastName(w)))
    return false;
  const common = core.filter((w) => isCommonWord(w) && !isFirstName(w) && !isLastName(w)).length;
  return lenient ? common < core.length : common * 2 < core.length;
}

/**
 * A name that only its position makes a person's: "Rose Hill - Colectivo X" in a signature, where the dash
 * pairs a person with an organisation. 2–4 capitalised name words, none a cue word, not a place as a whole.
 */
export function positionalPerson(text: string): boolean {
  const ws = words(titled(text.trim()));
  const core = ws.filter((w) => !PARTICLES.test(w));
  if (core.length < 2 || core.length > 4 || PARTICLES.test(ws[0] as string)) return false;
  if (isPlaceName(core.join(' ')) || findKnown(core.join(' '))) return false;
  if (classifyName(core)?.type === 'Organization') return false;
  return core.every((w) => {
    const l = low(w);
    return (
      NAME_WORD.test(w) &&
      !STOP_WORDS.has(l) &&
      !TITLES.has(l) &&
      !ORG_HEADS.has(l) &&
      !ORG_HEADS_ES.has(l) &&
      !DOCUMENT_HEADS.has(l) &&
      !ROLE_WORDS.has(l)
    );
  });
}

/** A person's name that the lexicon also vouches for (first or last name known). */
export function strongPerson(text: string): boolean {
  if (!personShape(text)) return false;
  const core = words(titled(text.trim())).filter((w) => !PARTICLES.test(w));
  return isFirstName(core[0] as string) || isLastName(core[core.length - 1] as string);
}

/** A courtesy title before a listed name: "Mr. ", "Dr ", "Hon. ", "Rt. Hon. ". */
const COURTESY = new RegExp(`^${COURTESY_TITLE}(?=\\p{Lu}\\p{Ll})`, 'u');

/** A title or role word; a hyphenated one ("Director-General", "Vice-Chairperson") when all its parts are. */
function roleWord(l: string): boolean {
  if (TITLES.has(l) || ROLE_WORDS.has(l)) return true;
  const parts = l.split('-');
  return parts.length > 1 && parts.every((p) => TITLES.has(p) || ROLE_WORDS.has(p));
}

/** A job title: every word a title, role or connector word ("Executive Director", "Programme Lead"). */
export function titleLine(text: string): boolean {
  const ws = words(text.trim().replace(/[.,;:]+$/, ''));
  if (ws.length === 0 || ws.length > 9) return false;
  let role = false;
  for (const [i, w] of ws.entries()) {
    const l = low(w.replace(/[,]$/, ''));
    if (roleWord(l)) role = true;
    else if (ORG_HEADS.has(l) || ORG_HEADS_ES.has(l) || DOCUMENT_HEADS.has(l)) return false;
    // Other words may qualify the role ("press officer", "Director of Digital Rights") once a role
    // word has come, or in lower case before it.
    else if (
      !CONNECTORS.has(l) &&
      !/^[&/]$/.test(l) &&
      !role &&
      (i === 0 || /^\p{Lu}/u.test(w)) &&
      !/^\p{Ll}/u.test(w)
    )
      return false;
  }
  return role;
}

/** An organisation's name by its shape: capitalised words, connectors, numbers, a trailing (ACRONYM). */
export function orgShape(text: string): boolean {
  const t = text.trim().replace(/\s*\([^()]{1,80}\)$/, '');
  if (t.length < 2 || t.length > 110 || /[.:;!?]$/.test(text.trim()) || findDates(t).length > 0) return false;
  const ws = words(t.replace(/[,–—-]/g, ' '));
  if (ws.length === 0 || ws.length > 14 || !/^[\p{Lu}\d]/u.test(ws[0] as string)) return false;
  if (ws.length === 1 && STOP_WORDS.has(low(ws[0] as string))) return false;
  if (titleLine(t)) return false;
  return ws.every(
    (w) => /^[\p{Lu}\d]/u.test(w) || CONNECTORS.has(low(w)) || /^[&/+]$/.test(w) || /^\p{Lu}/u.test(w),
  );
}

function trimmed(ctx: Ctx, start: number, end: number): [number, number] {
  while (start < end && /[\s,;]/.test(ctx.clean[start] ?? '')) start++;
  while (end > start && /[\s,;.]/.test(ctx.clean[end - 1] ?? '')) end--;
  return [start, end];
}

/** How sure the position makes a name a person: lexicon-backed, shape, lenient shape, or position alone. */
export type PersonTest = 'strong' | 'shape' | 'lenient' | 'position';

function passes(text: string, test: PersonTest): boolean {
  if (test === 'strong') return strongPerson(text);
  if (test === 'position') return personShape(text, true) || positionalPerson(text);
  return personShape(text, test === 'lenient');
}

/** Register [start, end) as a person if its shape allows; returns the local key. */
export function addPerson(ctx: Ctx, start: number, end: number, test: PersonTest = 'shape'): string | null {
  [start, end] = trimmed(ctx, start, end);
  const text = ctx.clean.slice(start, end);
  if (!passes(text, test)) return null;
  const toks = tokenize(ctx.clean, start, end);
  if (toks.length === 0) return null;
  if (titled(text) !== text) {
    const key = ctx.reg.addName('Person', titled(text).replace(/\s+/g, ' '));
    ctx.reg.mention(key, start, end);
    return key;
  }
  return ctx.reg.add(
    'Person',
    (toks[0] as { start: number }).start,
    (toks[toks.length - 1] as { end: number }).end,
  );
}

/** Register [start, end) as an organisation ("Name, Expansion" and "Name (ACR)" give one entity). */
export function addOrg(ctx: Ctx, start: number, end: number): string | null {
  [start, end] = trimmed(ctx, start, end);
  const text = ctx.clean.slice(start, end);
  if (!orgShape(text)) return null;
  const kind = orgKind(text, 'civil society organisation');
  const paren = /\s*\(([^()]+)\)$/.exec(text);
  if (paren) {
    const inner = paren[1] as string;
    const key = ctx.reg.add('Organization', start, start + paren.index, { kind });
    const at = start + text.lastIndexOf(inner);
    if (isAcronym(inner)) ctx.reg.setAcronym(key, inner);
    if (isAcronym(inner)) ctx.reg.add('Organization', at, at + inner.length);
    return key;
  }
  const comma = text.indexOf(', ');
  if (comma > 0 && !isPlaceName(text.slice(comma + 2))) {
    const key = ctx.reg.add('Organization', start, start + comma, { kind });
    const other = ctx.reg.add('Organization', start + comma + 2, end, { kind });
    ctx.reg.merge(key, other);
    return key;
  }
  if (comma > 0) return ctx.reg.add('Organization', start, start + comma, { kind });
  const name = titledOrg(text);
  if (name === text) return ctx.reg.add('Organization', start, end, { kind });
  const key = ctx.reg.addName('Organization', name, { kind });
  ctx.reg.mention(key, start, end);
  return key;
}

/** "HARBOUR LAB" → "Harbour Lab", keeping acronyms ("NSO GROUP" → "NSO Group", "ARTICLE 19"). */
function titledOrg(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\s/.test(text.trim())) return text;
  return text.replace(/\p{L}+/gu, (w) => {
    const l = low(w);
    const word = isCommonWord(w) || ORG_HEADS.has(l) || ORG_HEADS_ES.has(l) || CONNECTORS.has(l);
    if (!word && w.length <= 4) return w;
    return CONNECTORS.has(l) ? l : w[0] + w.slice(1).toLowerCase();
  });
}

/** "Name (Org)", "Org (ACR)". */
function parenthesised(ctx: Ctx, start: number, line: string): Parsed | null {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(line);
  if (!m) return null;
  const left = m[1] as string;
  const inner = m[2] as string;
  const innerAt = start + line.lastIndexOf(inner);
  const acronym = isAcronym(inner);
  const initials = words(left)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  const spelled = acronym && inner.toUpperCase().startsWith(initials.slice(0, 2).toUpperCase());
  if (!spelled && personShape(left, !acronym) && (orgShape(inner) || acronym)) {
    const person = addPerson(ctx, start, start + left.length, 'lenient');
    const org = isAcronym(inner)
      ? ctx.reg.add('Organization', innerAt, innerAt + inner.length, { kind: orgKind(inner) })
      : addOrg(ctx, innerAt, innerAt + inner.length);
    if (person && org) return { kind: 'full', person, org };
  }
  const org = addOrg(ctx, start, start + line.length);
  return org ? { kind: 'org', org } : null;
}

/**
 * "Fundación X — Gabriela Mendieta Soto, directora ejecutiva": an organisation headed as one (its head word
 * says so), then its signer and the signer's role. Only when the right side is a person's shape and what
 * follows the comma is a job title, so "Access Now - Latin America" stays an organisation and its region.
 */
function orgFirst(ctx: Ctx, start: number, line: string): Parsed | null {
  const m = /^(.{3,100}?)\s+[-–—|]\s+(.{5,60}?)(?:,\s+(.{2,60}))?$/u.exec(line);
  if (!m) return null;
  const left = m[1] as string;
  const name = m[2] as string;
  const role = m[3];
  if (!orgShape(left)) return null;
  // "Transparency Serbia – Ivana Lazić, Programme Director": with a role after the name, a left side that is
  // no person's name is the organisation even when no head word types it (a country or city ends it).
  const byHead = classifyName(words(left))?.type === 'Organization';
  if (!byHead && (role === undefined || personShape(left, true))) return null;
  if (role !== undefined ? !titleLine(role) : !strongPerson(name)) return null;
  if (!personShape(name, role !== undefined)) return null;
  const org = addOrg(ctx, start, start + left.length);
  const at = start + line.indexOf(name, left.length);
  const person = org ? addPerson(ctx, at, at + name.length, 'lenient') : null;
  if (!org || !person) return null;
  return { kind: 'full', person, org, orgFirst: true, ...(role ? { role: role.replace(/[,.]$/, '') } : {}) };
}

/** "Name - Org" / "Name – Org, Expansion". */
function dashed(ctx: Ctx, start: number, line: string): Parsed | null {
  const m = /^(.{3,60}?)\s+[-–—|]\s+(.{2,140})$/u.exec(line);
  if (!m) return null;
  const reversed = orgFirst(ctx, start, line);
  if (reversed) return reversed;
  const right = m[2] as string;
  // The dash pairs a person with an organisation: a name-shaped left side is a person when the right side is
  // plainly an organisation (an organisation head word), even if its words are ordinary ones ("Rose Hill -
  // Colectivo Faro Digital"); "Access Now - Latin America" stays an organisation and its region.
  const headed = classifyName(words(right.replace(/,.*$/, '')))?.type === 'Organization';
  const test: PersonTest = headed && orgShape(right) && !titleLine(right) ? 'position' : 'lenient';
  if (!passes(m[1] as string, test)) return null;
  const rs = start + line.length - right.length;
  const person = addPerson(ctx, start, start + (m[1] as string).length, test);
  if (!person) return null;
  const parts = right.split(/,\s+/);
  if (parts.length >= 2 && titleLine(parts[0] as string)) {
    const last = parts[parts.length - 1] as string;
    const org = addOrg(ctx, start + line.length - last.length, start + line.length);
    return {
      kind: org ? 'full' : 'person',
      person,
      ...(org ? { org } : {}),
      role: parts.slice(0, -1).join(', '),
    };
  }
  if (titleLine(right)) return { kind: 'person', person, role: right };
  const org = addOrg(ctx, rs, start + line.length);
  return org ? { kind: 'full', person, org } : { kind: 'person', person };
}

/** "Name, Title[, Title], Org", "Name, Org", "Name, Title", "Title, Org". */
function commas(ctx: Ctx, start: number, line: string, loose: boolean): Parsed | null {
  const parts = line.split(/,\s+/);
  if (parts.length < 2) return null;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const middle = parts.slice(1, -1);
  const lastAt = start + line.length - last.length;
  if (titleLine(first) && orgShape(last) && middle.every(titleLine)) {
    const org = addOrg(ctx, lastAt, start + line.length);
    return org ? { kind: 'titleorg', org, role: parts.slice(0, -1).join(', ') } : null;
  }
  if (!personShape(first, loose)) return null;
  if (middle.length > 0 && !middle.every(titleLine)) return null;
  if (titleLine(last)) {
    const person = addPerson(ctx, start, start + first.length, loose ? 'lenient' : 'shape');
    return person ? { kind: 'person', person, role: parts.slice(1).join(', ') } : null;
  }
  const headed = classifyName(words(last))?.type === 'Organization';
  if (!orgShape(last) || (middle.length === 0 && !headed && !loose)) return null;
  const person = addPerson(ctx, start, start + first.length, loose ? 'lenient' : 'shape');
  if (!person) return null;
  const org = addOrg(ctx, lastAt, start + line.length);
  return {
    kind: org ? 'full' : 'person',
    person,
    ...(org ? { org } : {}),
    ...(middle.length ? { role: middle.join(', ') } : {}),
  };
}

/**
 * Parse the line [start, end) of the cleaned text. `loose`: the line sits in a signature block, so bare
 * names count (a bare capitalised line is an organisation unless it is clearly a person's name);
 * `personExpected`: the following line is a job title, or the stanza lists people, so a person-shaped line
 * is a person.
 * @example parseLine(ctx, s.start, s.end, true) // { kind: 'full', person, org, role: 'Executive Director' }
 */
export function parseLine(
  ctx: Ctx,
  start: number,
  end: number,
  loose: boolean,
  personExpected = false,
): Parsed {
  [start, end] = trimmed(ctx, start, end);
  const lead = /^\(?\d{1,3}[.)]\s+/.exec(ctx.clean.slice(start, end));
  if (lead) start += lead[0].length;
  // A courtesy title opens a listed person ("Mr. Kofi Mensah, Director, X", "Hon. Ama Owusu, MP"): the name
  // starts after it.
  const courtesy = COURTESY.exec(ctx.clean.slice(start, end));
  if (courtesy) start += courtesy[0].length;
  // A trailing phone number or note in brackets ("(+41 22 917 9000)") is no part of a name.
  const note = /\s*\([^()]*\d[^()]*\)\s*$/.exec(ctx.clean.slice(start, end));
  if (note && note.index > 0) end = start + note.index;
  // A trailing country or city ("Derechos Digitales – Chile", "Name, Org, Mexico") locates, not names.
  const where = /(?:,\s+|\s+[-–—]\s+|\s*\()(\p{Lu}[\p{L} .]{1,30}?)\)?$/u.exec(ctx.clean.slice(start, end));
  if (where && where.index > 0 && isPlaceName(where[1] as string)) end = start + where.index;
  const line = ctx.clean.slice(start, end).replace(/\s+$/, '');
  if (line.length < 2 || /^\p{L}{1,12}\s*:/u.test(line)) return { kind: 'none' };
  const got = dashed(ctx, start, line) ?? commas(ctx, start, line, loose);
  if (got) return got;
  if (!loose) return { kind: 'none' };
  const paren = parenthesised(ctx, start, line);
  if (paren) return paren;
  if (strongPerson(line) || (personExpected && personShape(line, true))) {
    const person = addPerson(ctx, start, end, 'lenient');
    if (person) return { kind: 'person', person };
  }
  if (titleLine(line)) return { kind: 'title', role: line.replace(/[,.]$/, '') };
  if (isPlaceName(line.replace(/[,.]$/, ''))) return { kind: 'none' };
  // "Access Now - Latin America", "R3D – Red en Defensa de los Derechos Digitales": an organisation and its
  // region, section or expansion; no organisation is named with the dash in it.
  const pair = /^(.{2,80}?)\s+[-–—]\s+(.{2,140})$/u.exec(line);
  if (pair && orgShape(pair[1] as string) && orgShape(pair[2] as string)) {
    const left = pair[1] as string;
    const right = pair[2] as string;
    const org = addOrg(ctx, start, start + left.length);
    if (org && isAcronym(left)) {
      const full = addOrg(ctx, start + line.length - right.length, start + line.length);
      if (full && full !== org) ctx.reg.merge(full, org);
      if (full) ctx.reg.setAcronym(full, left);
      return full ? { kind: 'org', org: ctx.reg.live(full) } : { kind: 'org', org };
    }
    if (org) return { kind: 'org', org };
  }
  const org = addOrg(ctx, start, end);
  return org ? { kind: 'org', org } : { kind: 'none' };
}
