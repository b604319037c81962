/**
 * Second pass over the whole text: every whole-word occurrence of an acronym defined in the document (or in
 * the alias table) and of the table's lower-case aliases ("the core group") becomes a mention, so mention
 * counts and relation rules see "INAI" in a sentence that does not spell the name out. Table names with a
 * digit ("Article 19") are searched here too: the capitalised-name finder stops at a number. A legal
 * article ("Article 19 of the Universal Declaration") is not the organisation.
 */
import type { Ctx } from '../context.ts';
import { knownEntities } from '../../resolve/known.ts';
import { isAcronym } from '../text/tokens.ts';

/** What follows a law's article ("Article 19 of the ICCPR", "Article 19(2)"). */
const LEGAL_ARTICLE = /^(?:\s+of\b|\s*\()/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function each(ctx: Ctx, word: string, flags: string, fn: (start: number, end: number) => void): void {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, flags + 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.clean))) fn(m.index, m.index + m[0].length);
}

/** Add mentions for acronyms and lower-case aliases everywhere in the text. */
export function findOccurrences(ctx: Ctx): void {
  const acronyms = new Map<string, string>();
  for (const e of ctx.reg.entities.values()) {
    for (const a of [e.acronym, ...e.aliases]) if (a && isAcronym(a)) acronyms.set(a, e.key);
  }
  for (const k of knownEntities()) {
    for (const a of k.aliases) {
      if (!isAcronym(a) || acronyms.has(a)) continue;
      each(ctx, a, '', (start, end) => {
        const key = ctx.reg.add(k.type, start, end, k.kind ? { kind: k.kind } : {});
        acronyms.set(a, key);
      });
    }
    for (const n of [k.name, ...k.aliases]) {
      if (!/\p{N}/u.test(n) || isAcronym(n)) continue;
      each(ctx, n, '', (start, end) => {
        if (LEGAL_ARTICLE.test(ctx.clean.slice(end, end + 8))) return;
        ctx.reg.add(k.type, start, end, k.kind ? { kind: k.kind } : {});
      });
    }
    for (const l of k.lowercase ?? []) {
      each(ctx, l, 'i', (start, end) => {
        ctx.reg.add(k.type, start, end, k.kind ? { kind: k.kind } : {});
      });
    }
  }
  for (const [a, key] of acronyms)
    each(ctx, a, '', (start, end) => ctx.reg.mention(ctx.reg.live(key), start, end));
}
