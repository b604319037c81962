/**
 * Bodies inside bodies, said in passing: "the DAE, the intelligence service attached to the Ministry of the
 * Presidency", "the DCIC, which reports to the Ministry of Interior", "the Ministry of the Presidency and its
 * Dirección de Análisis Estratégico", "the Legislative Assembly's Permanent Special Committee" → PART_OF;
 * "X, a coalition of groups that sits on Y" → MEMBER_OF.
 * Only between organisations, and only when the part's name or the phrase says it is a unit of the whole.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { antecedent, sentenceHits } from './helpers.ts';

/** "X, the intelligence service attached to Y", "X, which reports to Y", "X, a unit of Y". */
const ATTACHED =
  /^\s*\)?\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:(?:an?|the)\s+[^,;()]{0,60}?\s+)?(?:attached to|which reports to|that reports to|reporting to|under the authority of|subordinate to|a unit of|part of|a body of|an arm of|adscrit[oa] a|dependiente de|que depende de)\s+(?:the\s+|la\s+|el\s+)?$/i;
/**
 * "X, an agency under Y", "X is a research unit of Y", "X, a research group based at Y": the noun says X is a
 * unit of a larger body.
 */
const UNIT_OF = new RegExp(
  '^\\s*\\)?\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:,\\s+|\\s+(?:is|was|has\\s+been|remains)\\s+)(?:an?|the|one)\\s+' +
    '(?:[\\p{Ll}-]+\\s+){0,2}?(?:(?:unit|agency|arm|department|division|branch|directorate|faculty|' +
    'institute|programme|program|office|service|body)\\s+(?:of|under|within|attached\\s+to)|' +
    '(?:group|lab|laboratory|centre|center|institute|programme|program|project|unit)\\s+' +
    '(?:based|housed|hosted)\\s+(?:at|in|within))\\s+(?:the\\s+)?',
  'iu',
);
const UNIT_OF_GAP = new RegExp(`${UNIT_OF.source}$`, 'iu');
/** Bodies that a unit may be said to sit under by their noun alone ("an agency under the Ministry"). */
const WHOLE_NOUN = /^(ministry|university|office|presidency|department|commission|council|government)\b/i;

/** A name that says it is a unit: committees, chambers, directorates, offices. */
const UNIT =
  /\b(?:committee|subcommittee|commission|chamber|directorate|direcci[óo]n|department|division|unit|office|bureau|secretariat|service|agency|comisi[óo]n|sala|unidad|departamento|secretar[íi]a)\b/i;

/** "X, a coalition of fourteen groups that sits on Y", "X also sits on Y": a seat on a body. */
const SITS_ON =
  /^(?:\s*,\s+(?:an?|the)\s[^,;]{0,80}?\s+(?:that|which)\s+|\s+(?:also\s+|still\s+)?)(?:sits|sit|sat|has\s+a\s+seat|holds\s+a\s+seat|is\s+represented)\s+(?:on|in)\s+(?:the\s+)?$/i;

/** "the Cyber Security Authority, an agency under the Ministry, ...": the whole named by its noun. */
function unitOfNoun(ctx: Ctx, s: { start: number; end: number }, part: Hit, next: Hit | undefined): void {
  const rest = ctx.clean.slice(part.end, next ? next.start : Math.min(s.end, part.end + 120));
  const m = UNIT_OF.exec(rest);
  const noun = m ? WHOLE_NOUN.exec(rest.slice(m[0].length)) : null;
  if (!m || !noun) return;
  const whole = antecedent(ctx, part.start, (noun[1] as string).toLowerCase());
  if (whole && whole !== part.key) relate(ctx, 'PART_OF', part.key, whole, s, 'unit-of-noun', 0.65);
}

export function unitRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const hits = sentenceHits(ctx, s).filter((h) => h.type === 'Organization');
    hits.forEach((part, i) => unitOfNoun(ctx, s, part, hits[i + 1]));
    hits.forEach((member, i) => {
      const body = hits[i + 1];
      if (body && SITS_ON.test(ctx.clean.slice(member.end, body.start)))
        relate(ctx, 'MEMBER_OF', member.key, body.key, s, 'sits-on', 0.7);
    });
    hits.forEach((part, i) => {
      const whole = hits[i + 1] as Hit | undefined;
      if (!whole) return;
      const gap = ctx.clean.slice(part.end, whole.start);
      if (ATTACHED.test(gap)) relate(ctx, 'PART_OF', part.key, whole.key, s, 'attached-to', 0.7);
      else if (UNIT_OF_GAP.test(gap)) relate(ctx, 'PART_OF', part.key, whole.key, s, 'unit-of', 0.7);
      const name = ctx.reg.entities.get(whole.key)?.name ?? '';
      // "the Ministry of the Presidency and its Dirección de Análisis Estratégico".
      if (/^\s+and\s+its\s+$/i.test(gap) && UNIT.test(name))
        relate(ctx, 'PART_OF', whole.key, part.key, s, 'and-its', 0.7);
      // "the Legislative Assembly's Permanent Special Committee" (an apostrophe in the original text).
      if (/^['’]s\s+$/.test(gap) && /['’]/.test(ctx.text.slice(part.end, part.end + 2)) && UNIT.test(name))
        relate(ctx, 'PART_OF', whole.key, part.key, s, 'possessive-unit', 0.7);
    });
  }
}
