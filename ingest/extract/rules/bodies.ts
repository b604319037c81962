/**
 * The body a document speaks for or reports on by its title: "Statement by the Committee on Defence and
 * Security on ...", "Select Committee on Communications: Summary of Proceedings". Lists of members or of
 * signers "on behalf of the Committee" belong to it, and "the Committee" in such a header points to it.
 */
import { hitsIn, type Ctx } from '../context.ts';
import { findNames } from '../find/names.ts';
import type { Sentence } from '../text/sentences.ts';

const BODY_WORD = /\b(?:committee|commission|council|board|caucus|subcommittee|comisi[oó]n|comit[eé])\b/i;

/**
 * The committee, commission or council named in the document's first sentence (its title), if any.
 * @example titleBody(ctx) // key of "Select Committee on Communications"
 */
export function titleBody(ctx: Ctx): string | undefined {
  const s = ctx.sentences[0];
  if (!s) return undefined;
  findNames(ctx, s);
  for (const h of hitsIn(ctx, s.start, s.end, ['Organization'])) {
    const e = ctx.reg.entities.get(h.key);
    if (e && e.aliases.some((a) => BODY_WORD.test(a))) return ctx.reg.live(h.key);
  }
  return undefined;
}

/**
 * The body a header line names after "on behalf of" ("Issued on behalf of the Committee by:"): a name found
 * in the line, else the title's body when the line only says "the Committee".
 */
export function behalfBody(ctx: Ctx, s: Sentence): string | undefined {
  const line = ctx.clean.slice(s.start, s.end);
  const m = /\bon\s+behalf\s+of\s+(?:the\s+)?/i.exec(line);
  if (!m) return undefined;
  findNames(ctx, s);
  const from = s.start + m.index + m[0].length;
  const named = hitsIn(ctx, from, s.end, ['Organization'])[0];
  if (named && named.start === from) return named.key;
  const noun = /^(\p{L}+)/u.exec(line.slice(m.index + m[0].length))?.[1] ?? '';
  return BODY_WORD.test(noun) ? titleBody(ctx) : undefined;
}
