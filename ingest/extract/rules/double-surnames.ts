/**
 * Spanish names carry two surnames ("María José Ortega Lugo"), and news style calls the person by both
 * after the first mention ("Ortega Lugo said ..."). The name finder reads that later "Ortega Lugo" as a
 * person of its own; this folds it into the one person of the document whose full name ends with it.
 * A later pair the finder did not read at all ("Later, Ortega Lugo said") becomes a mention of that person.
 * A pair that ends the names of two people is left alone.
 */
import { hitsIn, type Ctx } from '../context.ts';
import { nameKey } from '../../resolve/keys.ts';

/** Merge each two-word person into the one longer person of the document whose name ends with both words. */
export function doubleSurnames(ctx: Ctx): void {
  const people = [...ctx.reg.entities.values()].filter((e) => e.type === 'Person');
  for (const short of people) {
    const key = nameKey(short.name);
    if (key.split(' ').length !== 2) continue;
    const owners = people.filter(
      (e) =>
        e !== short &&
        e.aliases.some((a) => {
          const k = nameKey(a);
          return k.split(' ').length >= 3 && k.endsWith(' ' + key);
        }),
    );
    if (owners.length === 1) ctx.reg.merge((owners[0] as { key: string }).key, short.key);
  }
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;

/** Mention each later bare "Surname Surname" of the one person of the document whose name ends with it. */
export function doubleSurnameMentions(ctx: Ctx): void {
  const owners = new Map<string, Set<string>>();
  for (const e of ctx.reg.entities.values()) {
    if (e.type !== 'Person') continue;
    for (const alias of e.aliases) {
      const words = alias.split(/\s+/);
      const pair = words.slice(-2);
      if (words.length < 3 || !pair.every((w) => NAME_WORD.test(w))) continue;
      const key = pair.join(' ');
      owners.set(key, (owners.get(key) ?? new Set()).add(e.key));
    }
  }
  for (const [pair, keys] of owners) {
    if (keys.size !== 1) continue;
    const key = [...keys][0] as string;
    const re = new RegExp(`(?<![\\p{L}'’-])${pair.replace(/\s+/g, '\\s+')}(?![\\p{L}'’-])`, 'gu');
    for (const m of ctx.clean.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      // Part of the full name or of another capitalised name.
      if (/\p{Lu}[\p{L}.'’]*\s+$/u.test(ctx.clean.slice(Math.max(0, start - 30), start))) continue;
      if (/^\s+\p{Lu}/u.test(ctx.clean.slice(end, end + 3))) continue;
      if (hitsIn(ctx, start - 80, end + 80).some((h) => h.start < end && start < h.end)) continue;
      ctx.reg.mention(ctx.reg.live(key), start, end);
    }
  }
}
