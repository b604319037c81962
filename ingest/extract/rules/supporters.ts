/**
 * Support given to the authors: "Our work was made possible by a grant from X", "with financial support from
 * X", "funded by X", "We thank X for", "Agradecemos el acompañamiento de X" → X SUPPORTS the document's author
 * ("we"; the document itself when no author is known). Only in sentences that speak as "we" or of "our work",
 * so a story's "funded by the government" names no supporter of its writer.
 */
import { relate, type Ctx } from '../context.ts';
import { after, author, sentenceHits } from './helpers.ts';

const GIVEN =
  /\b(?:made\s+possible\s+by\s+(?:a\s+)?(?:\w+\s+)?(?:grant|support|funding|contribution)s?\s+from|(?:with|thanks\s+to)\s+(?:the\s+)?(?:generous\s+)?(?:financial\s+)?(?:support|funding)\s+(?:of|from)|(?:funded|supported|financed|sponsored)\s+by|(?:we\s+)?thank|agradecemos\s+(?:el|la)\s+(?:acompañamiento|apoyo|respaldo|solidaridad)\s+de|con\s+el\s+apoyo\s+de)\s+(?:the\s+|la\s+|el\s+)?/gi;
/** The sentence speaks for the authors. */
const OURS = /\b(?:we|our|us|agradecemos|nuestro|nuestra)\b/i;

export function supporterRules(ctx: Ctx): void {
  let we: string | undefined;
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    if (!OURS.test(body)) continue;
    for (const m of body.matchAll(GIVEN)) {
      const end = s.start + (m.index as number) + m[0].length;
      const o = after(sentenceHits(ctx, s), end, ['Organization'])[0];
      if (!o || o.start !== end) continue;
      we ??= author(ctx);
      if (we !== o.key) relate(ctx, 'SUPPORTS', o.key, we, s, 'support-from', 0.65);
    }
  }
}
