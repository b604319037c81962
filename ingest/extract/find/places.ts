/**
 * Places the gazetteer lacks, typed by their company: "in Oaxaca and Monterrey" (coordinated with a known
 * place after "in/from/to"), "Puerto Escondido, Mexico" (a name before a country), "the coastal town of
 * Puerto Ángeles del Mar", and where a person is ("a physician in Hermosillo", "speaking from Tepic").
 * Only capitalised words that no other mention covers and that are no ordinary word, title or head.
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';
import { ORG_HEADS, ORG_HEADS_ES, STOP_WORDS, TITLES } from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { isCommonWord, isCountry } from '../lexicon.ts';
import { cap, JOB } from './patterns.ts';

const NAME = "\\p{Lu}[\\p{Ll}'’]+(?:\\s+\\p{Lu}[\\p{Ll}'’]+)?";
const AFTER_PLACE = new RegExp(`^\\s+(?:and|or)\\s+(${NAME})(?![\\p{L}\\s]*\\p{Lu})`, 'u');
/** "in Nairobi, Mombasa, Kisumu, Nakuru and Eldoret": the comma list after a known place, closed by "and". */
const LIST_AFTER_PLACE = new RegExp(
  `^((?:,\\s+${NAME}(?=,|\\s+(?:and|or)\\s))+),?\\s+(?:and|or)\\s+(${NAME})(?![\\p{L}\\s]*\\p{Lu})`,
  'u',
);
/** "In Kisumu, the press club said": a sentence that opens with "In <Name>," names a place. */
const OPENING_IN = new RegExp(`^In\\s+(${NAME}),\\s`, 'u');
/** "Radio Mwangaza (Kisumu)": one capitalised word in brackets after an organisation is where it is. */
const BRACKETED = new RegExp(`^\\s+\\((\\p{Lu}\\p{Ll}{2,})\\)`, 'u');
const BEFORE_PLACE = new RegExp(`\\b(?:in|from|to|at|between)\\s+(${NAME})\\s+(?:and|or)\\s+$`, 'u');
/** A place name with Spanish connectors: "Puerto Ángeles del Mar", "San Juan de los Lagos". */
const LONG_NAME =
  "\\p{Lu}[\\p{Ll}'’]+(?:\\s+(?:(?:de|del|de la|de los|de las)\\s+)?\\p{Lu}[\\p{Ll}'’]+){0,3}";
const CITY_OF = new RegExp(
  `\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:city|town|port|municipality|village)\\s+of\\s+(${LONG_NAME})`,
  'gu',
);
/** Where a person is: "a physician in Hermosillo who", "speaking by phone from Tepic", "based in Xalapa". */
const PERSON_IN = new RegExp(
  `\\b(?:${JOB}|based|living|speaking(?:\\s+by\\s+(?:phone|telephone|video))?|reporting|who\\s+lives)\\s+(?:in|from)\\s+(${NAME})(?=\\s*(?:[,.;)]|$|\\s+(?:who|where|and|said|says|told)\\b))`,
  'gu',
);
/** Where a room or a branch is: "in the studio in Casablanca", "the newsroom in Tangier". */
const ROOM_IN = new RegExp(
  `\\b(?:studio|studios|office|offices|headquarters|newsroom|courtroom|prison|hotel|campus|embassy|consulate|branch)\\s+in\\s+(${NAME})(?=\\s*(?:[,.;)]|$|\\s+(?:who|where|and|is|was|said|on)\\b))`,
  'gu',
);
/** "Fatima Zahra El Mernissi, blogger and activist (Oujda)": one capitalised word in brackets after a job. */
const JOB_BRACKETED = new RegExp(`\\b${JOB}s?\\s+\\((\\p{Lu}\\p{Ll}{2,})\\)`, 'gu');

const MONTHS = cap(
  'january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro',
);
const MONTH_WORD = new RegExp(`^(?:${MONTHS})$`, 'u');
/** A dateline: "Por X | Cali, 9 de marzo de 2021", "Lisbon, 25 March 2025", "Quito, October 12, 2022". */
const DATELINE = new RegExp(
  `(?:^|[|·—–]\\s*)(${LONG_NAME}),\\s+(?:\\d{1,2}\\s+(?:de\\s+)?(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2})\\b`,
  'gu',
);

/** A strong cue ("the town of X") vouches for every word after the first ("Puerto Ángeles del Mar"). */
function plausible(name: string, strong = false): boolean {
  const words = name.split(/\s+/);
  return (strong ? words.slice(0, 1) : words).every((w) => {
    const l = fold(w);
    if (/^(?:de|del|la|los|las)$/.test(w)) return true;
    return !STOP_WORDS.has(l) && !TITLES.has(l) && !ORG_HEADS.has(l) && !isCommonWord(w);
  });
}

function addPlace(ctx: Ctx, start: number, name: string, strong = false): void {
  const end = start + name.length;
  if (!plausible(name, strong)) return;
  if (hitsIn(ctx, start - 80, end + 80).some((h) => h.start < end && start < h.end)) return;
  const k = ctx.reg.lookup(name);
  const e = k ? ctx.reg.entities.get(k) : undefined;
  if (e && e.type !== 'Place') return;
  ctx.reg.add('Place', start, end);
}

/** Register places read from their context in every sentence. */
export function findPlaces(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const places = hitsIn(ctx, s.start, s.end, ['Place']);
    for (const p of places) {
      const tail = AFTER_PLACE.exec(ctx.clean.slice(p.end, Math.min(s.end, p.end + 60)));
      const lead = ctx.clean.slice(Math.max(s.start, p.start - 60), p.start);
      if (tail && /\b(?:in|from|to|at|between)\s+(?:\S+\s+){0,3}$/.test(lead))
        addPlace(ctx, p.end + tail[0].length - (tail[1] as string).length, tail[1] as string);
      const list = tail ? null : LIST_AFTER_PLACE.exec(ctx.clean.slice(p.end, Math.min(s.end, p.end + 160)));
      if (list && /\b(?:in|from|to|at|between)\s+(?:\S+\s+){0,3}$/.test(lead)) {
        const re = new RegExp(NAME, 'gu');
        const items = [...(list[1] as string).matchAll(re)].map((x) => [x.index as number, x[0]] as const);
        items.push([list[0].length - (list[2] as string).length, list[2] as string]);
        for (const [at, name] of items) addPlace(ctx, p.end + at, name);
      }
      const head = BEFORE_PLACE.exec(lead);
      if (head)
        addPlace(ctx, p.start - head[0].length + head[0].indexOf(head[1] as string), head[1] as string);
      // "Puerto Escondido, Mexico": a name right before a country.
      const country = ctx.reg.entities.get(p.key);
      const before = new RegExp(`(?:^|[\\s(])(${NAME}),\\s+$`, 'u').exec(lead);
      if (before && country && isCountry(country.name))
        addPlace(
          ctx,
          p.start - before[0].length + before[0].indexOf(before[1] as string),
          before[1] as string,
        );
    }
    const body = ctx.clean.slice(s.start, s.end);
    const opening = OPENING_IN.exec(body);
    if (opening && !MONTH_WORD.test(opening[1] as string)) addPlace(ctx, s.start + 3, opening[1] as string);
    for (const o of hitsIn(ctx, s.start, s.end, ['Organization'])) {
      const b = BRACKETED.exec(ctx.clean.slice(o.end, Math.min(s.end, o.end + 40)));
      // "Attorney General's Office (Fiscalía)": a name of the body in another language is no place.
      if (b && !ORG_HEADS_ES.has(fold(b[1] as string)))
        addPlace(ctx, o.end + b[0].indexOf(b[1] as string), b[1] as string);
    }
    for (const m of body.matchAll(DATELINE)) {
      const name = m[1] as string;
      addPlace(ctx, s.start + (m.index as number) + m[0].indexOf(name), name);
    }
    for (const re of [CITY_OF, PERSON_IN, ROOM_IN, JOB_BRACKETED])
      for (const m of body.matchAll(re)) {
        const name = m[1] as string;
        addPlace(ctx, s.start + (m.index as number) + m[0].lastIndexOf(name), name, re === CITY_OF);
      }
  }
}
