/**
 * Organisations named beside others in a list: "with the support of Fundar, the Red en Defensa de los
 * Derechos Digitales (R3D) and SocialTIC", "among them Causa Común, the Institute for Security and Democracy
 * (INSYDE) and Gesoc". A list joined by commas and a final "and"/"y" that holds an organisation and nothing
 * typed otherwise (no person, no place) makes its untyped items organisations too: bare names such as
 * "Fundar" carry no head word and no cue of their own. A list with an item that looks like a person or a
 * place is mixed and left alone.
 */
import type { Ctx, Hit } from '../context.ts';
import { hitsIn } from '../context.ts';
import { ORDINALS, STOP_WORDS, TITLES } from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { isCommonWord, isFirstName, isPlaceName } from '../lexicon.ts';
import { classifyName } from './classify.ts';
import { orgKind } from './kinds.ts';

const WORD = "\\p{Lu}[\\p{L}\\d&'’-]*";
const NAME = `${WORD}(?:\\s+(?:(?:de|del|de la|de los|de las)\\s+)?${WORD}){0,3}`;
/** A separator after an item (and the acronym in brackets that may follow it). */
const SEP_RIGHT =
  /^(?:\s*\([^()\n]{1,40}\))?(\s*,\s+(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|la|el|los|las)\s+)?/u;
/** A separator before an item, read backwards. */
const SEP_LEFT = /(\s*,\s+(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|la|el|los|las)\s+)?$/u;
const CAND_RIGHT = new RegExp(`^${NAME}(?![\\p{L}\\d'’])`, 'u');
const CAND_LEFT = new RegExp(`(?:^|[^\\p{L}\\d&'’-])(${NAME})(?:\\s*\\([^()\\n]{1,40}\\))?$`, 'u');
/** What may follow an item: punctuation, a separator, a bracket or a lower-case word; never a possessive. */
const ITEM_END = /^(?:\s*[,.;:)]|\s*$|\s+(?:\(|\p{Ll}))/u;

interface Item {
  start: number;
  end: number;
  hit?: Hit;
}

const low = fold;

/** A heading or title ("Governing in the Dark: Spyware, Transparency and the Open Government Partnership"). */
function titleCase(text: string): boolean {
  if (/[.!?;:"”)]\s*$/u.test(text)) return false;
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 3 >= words.length * 2;
}

/** Plural and generic nouns written in capitals: "local digital rights NGO, SocialTic and R3D". */
const GENERIC = /^(?:NGOs?|CSOs?|NGOS|CSOS|ONGs?|OSCs?)$/;

/** Untyped words that may name an organisation, or null when they look like a person or a place. */
function verdict(name: string): 'org' | 'other' | 'skip' {
  const words = name.split(/\s+/);
  const first = words[0] as string;
  // "the Secretary-General", "Vice-President": a title, hyphenated or not, is no organisation.
  const titled = TITLES.has(low(first)) || TITLES.has(low(first).split('-')[0] as string);
  if (STOP_WORDS.has(low(first)) || titled || ORDINALS.has(low(first))) return 'skip';
  if (GENERIC.test(name)) return 'skip';
  const typed = classifyName(words)?.type;
  if (typed === 'Organization') return 'org';
  if (typed) return 'other';
  if (isPlaceName(name) || words.some((w) => isPlaceName(w) || isFirstName(w))) return 'other';
  if (words.length === 1) return first.length >= 3 && !isCommonWord(first) ? 'org' : 'skip';
  return words.every((w) => !isCommonWord(w)) ? 'org' : 'skip';
}

function hitAt(hits: Hit[], start: number, end?: number): Hit | undefined {
  return hits.find((h) => (end === undefined ? h.start === start : h.end === end));
}

/** Walk a list from one organisation both ways, collecting its items; null when it is no plain list. */
function chain(ctx: Ctx, from: Hit, hits: Hit[], s: { start: number; end: number }): Item[] | null {
  const items: Item[] = [{ start: from.start, end: from.end, hit: from }];
  let joined = false;
  for (let pos = from.end, n = 0; n < 12; n++) {
    const sep = SEP_RIGHT.exec(ctx.clean.slice(pos, s.end));
    if (!sep) break;
    const at = pos + sep[0].length;
    const hit = hitAt(hits, at);
    let item: Item | undefined;
    if (hit) item = { start: at, end: hit.end, hit };
    else {
      const m = CAND_RIGHT.exec(ctx.clean.slice(at, s.end));
      if (m && ITEM_END.test(ctx.clean.slice(at + m[0].length, s.end)))
        item = { start: at, end: at + m[0].length };
    }
    if (!item) break;
    if (/\b(and|y|e)\b/.test(sep[1] as string)) joined = true;
    items.push(item);
    pos = item.end;
  }
  for (let pos = from.start, n = 0; n < 12; n++) {
    const sep = SEP_LEFT.exec(ctx.clean.slice(s.start, pos));
    if (!sep) break;
    const left = ctx.clean.slice(s.start, s.start + sep.index);
    const bracket = /\s*\([^()\n]{1,40}\)$/u.exec(left);
    const end = s.start + left.length - (bracket ? bracket[0].length : 0);
    const hit = hitAt(hits, -1, end);
    let item: Item | undefined;
    if (hit) item = { start: hit.start, end: hit.end, hit };
    else {
      const m = CAND_LEFT.exec(left);
      if (m) {
        const name = m[1] as string;
        const start = s.start + (m.index as number) + m[0].indexOf(name);
        item = { start, end: start + name.length };
      }
    }
    if (!item) break;
    if (/\b(and|y|e)\b/.test(sep[1] as string)) joined = true;
    items.unshift(item);
    pos = item.start;
  }
  return items.length >= 2 && joined ? items : null;
}

/** Words of the people of the document: a later bare surname in a list is that person. */
function personWords(ctx: Ctx): Set<string> {
  const out = new Set<string>();
  for (const e of ctx.reg.entities.values())
    if (e.type === 'Person') for (const a of e.aliases) for (const w of a.split(/\s+/)) out.add(w);
  return out;
}

/** Register the untyped items of lists that hold an organisation and nothing typed otherwise. */
export function findListSiblings(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    if (titleCase(ctx.clean.slice(s.start, s.end))) continue;
    const hits = hitsIn(ctx, s.start, s.end);
    const orgs = hits.filter((h) => h.type === 'Organization');
    const done = new Set<number>();
    for (const org of orgs) {
      if (done.has(org.start)) continue;
      const items = chain(ctx, org, hits, s);
      if (!items) continue;
      for (const i of items) done.add(i.start);
      if (items.some((i) => i.hit && i.hit.type !== 'Organization')) continue;
      // "Delacroix-Haas and the IACHR's Special Rapporteur": a possessive item modifies what follows.
      if (items.some((i) => /^['’]s?\b/u.test(ctx.clean.slice(i.end, i.end + 2)))) continue;
      const fresh = items.filter((i) => !i.hit && !hitsIn(ctx, i.start, i.end).length);
      const surnames = personWords(ctx);
      const verdicts = fresh.map((i) => {
        const name = ctx.clean.slice(i.start, i.end);
        return surnames.has(name) ? 'other' : verdict(name);
      });
      if (verdicts.includes('other')) continue;
      fresh.forEach((i, k) => {
        if (verdicts[k] !== 'org') return;
        const name = ctx.clean.slice(i.start, i.end);
        ctx.reg.add('Organization', i.start, i.end, { kind: orgKind(name) });
      });
    }
  }
}
