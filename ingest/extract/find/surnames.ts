/**
 * News style names a person in full once and by surname after that: "Beatriz Olvera and Tomás Zárate
 * received ... Olvera, a nutrition researcher at the Institute for Public Nutrition, said ...". Each later
 * bare surname becomes a mention of the one person of the document who bears it, so relation rules see the
 * person in that sentence. Ambiguous surnames (two people share them) and surnames that are ordinary
 * words, places or parts of a longer capitalised name are left alone.
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';
import { CONNECTORS, STOP_WORDS, TITLES } from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { isCommonWord, isPlaceName } from '../lexicon.ts';

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;

/** Surname → the one local person key it names, for surnames that name exactly one person. */
function surnames(ctx: Ctx): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const e of ctx.reg.entities.values()) {
    if (e.type !== 'Person') continue;
    for (const alias of e.aliases) {
      const words = alias.split(/\s+/);
      const last = words[words.length - 1] as string;
      if (words.length < 2 || !NAME_WORD.test(last) || last.length < 3) continue;
      const l = fold(last);
      if (STOP_WORDS.has(l) || TITLES.has(l) || CONNECTORS.has(l)) continue;
      if (isCommonWord(last) || isPlaceName(last)) continue;
      const set = owners.get(last) ?? new Set<string>();
      set.add(e.key);
      owners.set(last, set);
    }
  }
  const out = new Map<string, string>();
  for (const [name, keys] of owners) if (keys.size === 1) out.set(name, [...keys][0] as string);
  return out;
}

/**
 * "Jiménez de la Garza said" after "Verónica Jiménez de la Garza": a person whose every name is the
 * surnames of the one person of the document named in full is that person.
 */
function foldSurnamePeople(ctx: Ctx): void {
  const people = [...ctx.reg.entities.values()].filter((e) => e.type === 'Person');
  for (const p of people) {
    if (p.aliases.some((a) => a.split(/\s+/).length < 2)) continue;
    const owners = people.filter(
      (o) =>
        o !== p &&
        ctx.reg.entities.has(o.key) &&
        o.aliases.some((a) => p.aliases.every((pa) => a.length > pa.length && a.endsWith(' ' + pa))),
    );
    if (owners.length === 1) ctx.reg.merge((owners[0] as { key: string }).key, p.key);
  }
}

/** Mention every standalone later surname of a person named in full in the document. */
export function findSurnames(ctx: Ctx): void {
  foldSurnamePeople(ctx);
  const names = surnames(ctx);
  if (names.size === 0) return;
  const re = /\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?/gu;
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const key = names.get(m[0]);
      if (!key) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      // Part of a longer capitalised name ("Tomás Olvera", "Olvera Foundation") or a possessive head.
      if (/\p{Lu}[\p{L}.]*\s+$/u.test(body.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (/^\s+\p{Lu}/u.test(body.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      if (hitsIn(ctx, start - 80, end + 80).some((h) => h.start < end && start < h.end)) continue;
      ctx.reg.mention(ctx.reg.live(key), start, end);
    }
  }
}
