/**
 * Type of a capitalised name from its own words: organisation, document and event head words (English head
 * last or "Head of X"; Spanish head first), technology nouns after it, gazetteer places, and person names
 * (first name from the lexicon, or a title cue before it). Returns null for anything else: precision first.
 */
import type { EntityType } from '../../../core/model/index.ts';
import {
  CONNECTORS,
  DOCUMENT_HEADS,
  EVENT_HEADS,
  ORDINALS,
  ORG_HEADS,
  ORG_HEADS_ES,
  TITLES,
  STOP_WORDS,
} from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { isCommonWord, isFirstName, isLastName, isPlaceName, isSpanishOrgAdjective } from '../lexicon.ts';
import { isAcronym } from '../text/tokens.ts';
import { isPlaceGivenName } from './given-names.ts';

export interface Typed {
  type: EntityType;
}

const low = fold;

/** Spanish words that open the names of places. */
const PLACE_HEADS_ES = new Set(['ciudad', 'puerto', 'villa', 'municipio']);

/** Institutions of a state named by one capitalised word ("the Senate", "el Congreso"). */
export const STATE_BODIES = new Set(
  'senate congress parliament presidency cabinet legislature judiciary chamber senado congreso camara'.split(
    ' ',
  ),
);

/** Titles that, with "General" and an "of" complement, name an office of state. */
const OFFICES_GENERAL = new Set([
  'comptroller',
  'auditor',
  'inspector',
  'solicitor',
  'controller',
  'accountant',
]);

function headType(w: string): EntityType | null {
  const l = low(w);
  if (ORG_HEADS.has(l)) return 'Organization';
  if (DOCUMENT_HEADS.has(l)) return 'Document';
  if (EVENT_HEADS.has(l)) return 'Event';
  return null;
}

/** Type from head words: the first head followed by a connector ("Committee of ..."), else the last word. */
function byHead(words: string[]): EntityType | null {
  for (let i = 0; i < words.length - 1; i++) {
    const h = headType(words[i] as string);
    const next = low(words[i + 1] as string);
    // "Committee of ...", not "Bill and Melinda Gates Foundation" (a head word joined by "and" heads nothing).
    if (h && CONNECTORS.has(next) && !/^(and|y|e|&)$/.test(next)) return h;
  }
  const last = headType(words[words.length - 1] as string);
  if (last) return last;
  if (ORG_HEADS_ES.has(low(words[0] as string)) && words.length > 1) return 'Organization';
  // "El Diario Central": a Spanish article before a head-first name.
  if (
    /^(?:El|La|Los|Las|O|A)$/.test(words[0] as string) &&
    words.length > 2 &&
    ORG_HEADS_ES.has(low(words[1] as string))
  )
    return 'Organization';
  return null;
}

/**
 * "Milan Koubek", "Florence Adhiambo Okello": a given name that is also a place opens a person's name when
 * the word after it is no ordinary word, place, head or title (not "Florence Cathedral", "Milan Court").
 */
function placeGivenName(words: string[]): boolean {
  const next = words[1];
  if (!isPlaceGivenName(words[0] as string) || !next || CONNECTORS.has(low(next))) return false;
  return !isCommonWord(next) && !isPlaceName(next) && !headType(next) && !TITLES.has(low(next));
}

function looksLikePerson(words: string[], titled: boolean): boolean {
  if (words.length < 2 || words.length > 5) return false;
  const first = isFirstName(words[0] as string) || placeGivenName(words);
  for (const w of words) {
    if (CONNECTORS.has(low(w))) {
      if (!/^(de|del|la|y)$/.test(low(w))) return false;
      continue;
    }
    // "Reyes-Ortiz": hyphenated surnames keep a capital after the hyphen.
    if (!/^\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*$|^\p{Lu}\.$/u.test(w)) return false;
    if (STOP_WORDS.has(low(w)) || headType(w)) return false;
    // A place word is a surname only after a first name ("Paulina Mendoza", not "Mendoza Province").
    if (isPlaceName(w) && !isFirstName(w) && !first) return false;
    if (TITLES.has(low(w))) return false;
  }
  if (titled) return true;
  return first || isLastName(words[words.length - 1] as string);
}

/** "Causa Común", "Abogadas Unidas": a capitalised noun (no first name) and a Spanish adjective of associations. */
function spanishAssociation(words: string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || isFirstName(first) || isCommonWord(first)) return false;
  if (STOP_WORDS.has(low(first))) return false;
  return isSpanishOrgAdjective(last) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/**
 * Classify a name given as words.
 * @example classifyName(['Ministry', 'of', 'Public', 'Function']) // { type: 'Organization' }
 */
export function classifyName(
  words: string[],
  opts: { titled?: boolean; techNext?: boolean } = {},
): Typed | null {
  if (words.length === 0) return null;
  if (opts.techNext) return { type: 'Technology' };
  const name = words.join(' ');
  if (words.length === 1) {
    const w = words[0] as string;
    if (STOP_WORDS.has(low(w)) || ORDINALS.has(low(w))) return null;
    if (isPlaceName(w)) return { type: 'Place' };
    // "the Senate", "el Senado": a capitalised chamber or office of state names one institution by itself.
    if (STATE_BODIES.has(low(w))) return { type: 'Organization' };
    return null;
  }
  // "the Ombudsman's Office": a title and an organisation head alone name the office; a title before any
  // other words announces a person ("Ombudsman Gloria Betancur").
  const officeOfTitle = words.length === 2 && ORG_HEADS.has(low(words[1] as string));
  // "the Comptroller General of the Republic", "Auditor General of Kenya": an office of state named by its
  // holder's title.
  if (
    words.length >= 4 &&
    OFFICES_GENERAL.has(low(words[0] as string)) &&
    low(words[1] as string) === 'general' &&
    low(words[2] as string) === 'of'
  )
    return { type: 'Organization' };
  if (TITLES.has(low(words[0] as string)) && !opts.titled && !officeOfTitle) return null;
  if (ORDINALS.has(low(words[0] as string)) && words.length < 2) return null;
  const head = byHead(words);
  if (head) return { type: head };
  if (isPlaceName(name)) return { type: 'Place' };
  // "Ciudad Guzmán", "Puerto Escondido": a Spanish place word opening a name.
  if (PLACE_HEADS_ES.has(low(words[0] as string)) && words.length <= 4) return { type: 'Place' };
  if (spanishAssociation(words)) return { type: 'Organization' };
  if (looksLikePerson(words, opts.titled ?? false)) return { type: 'Person' };
  if (words.every((w) => isAcronym(w))) return null;
  return null;
}

function isHeadWord(w: string): boolean {
  return headType(w) !== null;
}

/**
 * Words that can only be a person's name, even with no first name the lexicon knows ("Mireya Solórzano"):
 * two or three capitalised words, none an ordinary word, a head word, a title or a place. Only meaningful
 * where the context already says "a name" (before "of the <Org>").
 */
export function nameLike(words: string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  return words.every((w) => {
    const l = low(w);
    if (!/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(w)) return false;
    if (STOP_WORDS.has(l) || TITLES.has(l) || isHeadWord(w) || isPlaceName(w)) return false;
    return !isCommonWord(w);
  });
}
