/**
 * Postal address lines ("1110 Vermont Avenue NW", "Suite 500/Open Gov Hub", "Washington DC 20005") are not
 * running text: names on them are street names and building names. This finder tells the name finder to
 * skip them; the place lines after them are read by the addressing rule.
 */
import type { Ctx } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';

const STREET =
  /^\d+[\s\w.]*\b(avenue|ave|street|st|road|rd|boulevard|blvd|lane|way|drive|plaza|square|calle|avenida)\b/i;

/** True for a block line that is part of a postal address (street, suite, zip code). */
export function isAddressLine(ctx: Ctx, s: Sentence): boolean {
  if (!s.block) return false;
  const line = ctx.clean.slice(s.start, s.end).trim();
  return (
    STREET.test(line) ||
    /^(suite|floor|p\.?o\.? box|apartado)\b/i.test(line) ||
    /\b\d{5}(-\d{4})?$/.test(line)
  );
}
