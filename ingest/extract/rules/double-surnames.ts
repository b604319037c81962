/**
 * Spanish names carry two surnames ("María José Ortega Lugo"), and news style calls the person by both
 * after the first mention ("Ortega Lugo said ..."). The name finder reads that later "Ortega Lugo" as a
 * person of its own; this folds it into the one person of the document whose full name ends with it.
 * A pair that ends the names of two people is left alone.
 */
import type { Ctx } from '../context.ts';
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
