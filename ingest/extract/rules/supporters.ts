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

/** "Its work on the report was funded by X", "Its publication was made possible by ...": "its" opens it. */
const ITS = /^\W*(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:was|were|is|are|has\s+been|have\s+been)\s+/iu;

/**
 * Who "its" is at the start of sentence i: the organisation that opens the sentence before ("The Legon Lab
 * is a research unit of ... Its work was funded by X"), else the document's author.
 */
function its(ctx: Ctx, i: number): string {
  const prev = ctx.sentences[i - 1];
  if (prev) {
    const raw = ctx.clean.slice(prev.start, prev.end);
    const lead = /^\W*(?:the\s+)?/i.exec(raw)?.[0].length ?? 0;
    const first = sentenceHits(ctx, prev).find((h) => h.start === prev.start + lead);
    if (first?.type === 'Organization') return first.key;
  }
  return author(ctx);
}

export function supporterRules(ctx: Ctx): void {
  let we: string | undefined;
  ctx.sentences.forEach((s, i) => {
    const body = ctx.clean.slice(s.start, s.end);
    const possessive = ITS.test(body);
    if (!OURS.test(body) && !possessive) return;
    for (const m of body.matchAll(GIVEN)) {
      const end = s.start + (m.index as number) + m[0].length;
      const o = after(sentenceHits(ctx, s), end, ['Organization'])[0];
      if (!o || o.start !== end) continue;
      const backed = possessive && !OURS.test(body) ? its(ctx, i) : (we ??= author(ctx));
      if (backed !== o.key) relate(ctx, 'SUPPORTS', o.key, backed, s, 'support-from', 0.65);
    }
  });
}
