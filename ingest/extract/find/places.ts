/**
 * Places the gazetteer lacks, typed by their company: "in Oaxaca and Monterrey" (coordinated with a known
 * place after "in/from/to"), "Puerto Escondido, Mexico" (a name before a country), "the city of Tepic".
 * Only capitalised words that no other mention covers and that are no ordinary word, title or head.
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';
import { ORG_HEADS, STOP_WORDS, TITLES } from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { isCommonWord, isCountry } from '../lexicon.ts';

const NAME = "\\p{Lu}[\\p{Ll}'’]+(?:\\s+\\p{Lu}[\\p{Ll}'’]+)?";
const AFTER_PLACE = new RegExp(`^\\s+(?:and|or)\\s+(${NAME})(?![\\p{L}\\s]*\\p{Lu})`, 'u');
const BEFORE_PLACE = new RegExp(`\\b(?:in|from|to|at|between)\\s+(${NAME})\\s+(?:and|or)\\s+$`, 'u');
const CITY_OF = new RegExp(`\\b[Tt]he\\s+(?:city|town|port|municipality)\\s+of\\s+(${NAME})`, 'gu');

function plausible(name: string): boolean {
  return name.split(/\s+/).every((w) => {
    const l = fold(w);
    return !STOP_WORDS.has(l) && !TITLES.has(l) && !ORG_HEADS.has(l) && !isCommonWord(w);
  });
}

function addPlace(ctx: Ctx, start: number, name: string): void {
  const end = start + name.length;
  if (!plausible(name)) return;
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
    for (const m of body.matchAll(CITY_OF)) {
      const name = m[1] as string;
      addPlace(ctx, s.start + (m.index as number) + m[0].length - name.length, name);
    }
  }
}
