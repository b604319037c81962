/**
 * Credit lines: the list of people and organisations after "By", "Authors:", "Prepared by" or in a byline,
 * e.g. "Ilse Varga and Duncan Achterberg, researchers at Northbridge Security Lab, with Paloma Ruvalcaba of
 * Colectivo Cifrado". Splits the list, registers each person and organisation, and pairs people with the
 * organisation (and role) the list gives them.
 */
import type { Ctx } from '../context.ts';
import { isPlaceName } from '../lexicon.ts';
import {
  addOrg,
  addPerson,
  orgShape,
  personShape,
  strongPerson,
  titleLine,
  type PersonTest,
} from './signature-lines.ts';

export interface Credit {
  person: string;
  org?: string;
  role?: string;
}

export interface Credits {
  people: Credit[];
  orgs: string[];
}

const SEP = /\s*(?:[,;]\s*(?:and\s+|&\s+|y\s+|with\s+|con\s+)?|\s+(?:and|&|y|with|con)\s+)\s*/gu;
const ROLE_AT =
  /^(?:(?:an?|the|our|its)\s+)?((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+?)\s+(?:at|of|for|with|from|in|de)\s+(?:the\s+)?(?=\p{Lu})/u;
const PERSON_OF = /^([^]{3,60}?)\s+(?:of|from|at|de)\s+(?:the\s+)?(?=\p{Lu})/u;

/** Pieces of [start, end) between list separators, as [start, end] offsets. */
function pieces(ctx: Ctx, start: number, end: number): [number, number][] {
  const text = ctx.clean.slice(start, end);
  const out: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(SEP)) {
    if (m.index > at) out.push([start + at, start + m.index]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push([start + at, end]);
  // "Center for Democracy and Technology": rejoin organisation halves split at "and".
  for (let i = out.length - 2; i >= 0; i--) {
    const [a0, a1] = out[i] as [number, number];
    const [b0, b1] = out[i + 1] as [number, number];
    const gap = ctx.clean.slice(a1, b0);
    const left = ctx.clean.slice(a0, a1);
    const right = ctx.clean.slice(b0, b1);
    const inner = /\s(?:for|of|on|de|del|para|por)\s/i.test(left);
    if (/^\s+(and|&|y)\s+$/.test(gap) && inner && !personShape(right, true) && orgShape(left))
      out.splice(i, 2, [a0, b1]);
  }
  return out;
}

/**
 * Parse a credit list in [start, end) of the cleaned text.
 * @example parseCredits(ctx, s, e) // { people: [{ person: 'e1', org: 'e3', role: 'researcher' }], orgs: [] }
 */
export function parseCredits(ctx: Ctx, start: number, end: number, test: PersonTest = 'lenient'): Credits {
  const lenient = test === 'lenient';
  const out: Credits = { people: [], orgs: [] };
  let open: Credit[] = [];
  for (const [s, e] of pieces(ctx, start, end)) {
    const raw = ctx.clean.slice(s, e);
    const article = /^\s*(?:the|la|el|los|las)\s+(?=\p{Lu})/iu.exec(raw);
    const text = raw.slice(article ? article[0].length : 0).trim();
    if (text.length === 0) continue;
    const lead = article ? article[0].length : raw.length - raw.trimStart().length;
    const from = s + lead;
    if (/^\p{Ll}/u.test(text)) {
      const m = ROLE_AT.exec(text);
      const role = (m ? (m[1] as string) : text).replace(/s$/, '');
      const org = m ? addOrg(ctx, from + m[0].length, e) : null;
      for (const c of open) {
        if (org) c.org = org;
        if (titleLine(role) || m) c.role ??= role;
      }
      if (org) open = [];
      continue;
    }
    // "El Vigía Andino", "The Daily Star": a name led by an article is no person's.
    const titledName = article !== null && /^\s*\p{Lu}/u.test(raw);
    const of = titledName ? null : PERSON_OF.exec(text);
    if (of && personShape(of[1] as string, lenient)) {
      const person = addPerson(ctx, from, from + (of[1] as string).length, test);
      const org = addOrg(ctx, from + of[0].length, e);
      if (person) out.people.push({ person, ...(org ? { org } : {}) });
      continue;
    }
    const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
    if (paren && !titledName && personShape(paren[1] as string, lenient)) {
      const person = addPerson(ctx, from, from + (paren[1] as string).length, test);
      const innerAt = from + text.lastIndexOf(paren[2] as string);
      const org = addOrg(ctx, innerAt, innerAt + (paren[2] as string).length);
      if (person) out.people.push({ person, ...(org ? { org } : {}) });
      continue;
    }
    if (!titledName && (test === 'strong' ? strongPerson(text) : personShape(text, lenient))) {
      const person = addPerson(ctx, from, e, test);
      if (person) {
        const c: Credit = { person };
        out.people.push(c);
        open.push(c);
      }
      continue;
    }
    // "By Lucía Ferrer, Mexico City, 14 July": a dateline city is no employer or outlet.
    if (isPlaceName(text)) continue;
    // A Spanish article is part of a title ("El Vigía Andino"); an English "the" is not.
    const org = addOrg(ctx, titledName && !/^\s*the\s/i.test(raw) ? s : from, e);
    if (!org) continue;
    if (open.length > 0) {
      for (const c of open) c.org = org;
      open = [];
    } else out.orgs.push(org);
  }
  return out;
}
