/**
 * The clause reader: a general fallback run after the specific rules, for sentences no pattern was written
 * for. It reads the words between mentions as a clause — subject, verb, object — and draws the relation the
 * verb names in `clause-verbs.ts` when both ends have the types the verb allows and only clause-internal words
 * stand between them: auxiliaries and adverbs before the verb; a determiner and up to three lower-case
 * modifiers after it ("coordinates the digital rights group B"); after the subject an appositive or relative
 * clause closed by a comma ("A, a coalition based in B, partnered with C"). Lists on either side are read as
 * coordination ("A and B called on C"; "A urged B and C"); "the lab", "the committee" stand for the
 * organisation they point back to (`clause-references.ts`). A pair the rules already tied is left alone, and
 * the evidence says `clause-reader` with a lower confidence than the specific rules.
 */
import type { RelationType } from '../../../core/model/index.ts';
import { cleanOf, relate, type Ctx, type Hit } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { referenceHits } from './clause-references.ts';
import { VERB_SENSES, WORK_VERBS, type VerbSense } from './clause-verbs.ts';
import { LIST_JOIN, sentenceHits } from './helpers.ts';

const METHOD = 'clause-reader';
const CONFIDENCE = 0.55;

const SORTED = [...VERB_SENSES.keys()].sort((a, b) => b.length - a.length);
/** Any verb form of the table: a cheap test before a sentence's mentions are read. */
const ANY_VERB = new RegExp(
  `\\b(?:${SORTED.map((f) => f.replace(/ /g, '\\s+')).join('|')}|${WORK_VERBS})\\b`,
  'i',
);
/** A date may stand before the agent of a passive: "was published in September 2024 by". */
const WHEN = '(?:(?:in|on)\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?\\d{1,4}(?:\\s+\\d{4})?\\s+)?';
const FORMS = SORTED.map((f) => f.replace(/ by$/, ` ${WHEN}by`).replace(/ /g, '\\s+')).join('|');

/** Auxiliaries and adverbs that may stand before the verb; no negation and no modal ("did not", "should"). */
const AUX =
  '(?:(?:has|have|had|is|are|was|were|be|been|being|also|reportedly|allegedly|later|then|since|recently|first|already|jointly|publicly|formally|repeatedly|subsequently|previously|originally|independently|apparently|once|again|now|still|both|all|together|twice)\\s+)*';
/** Words that end the clause or start another phrase: none of them may stand between the verb and its object. */
const STOP =
  'of|to|in|into|on|onto|for|with|by|from|at|about|against|after|before|outside|inside|near|over|under|between|among|through|via|per|than|as|like|that|which|who|whom|whose|and|or|but|nor|if|when|while|because|where|not|no|never|said|says|is|are|was|were|has|have|had';
/** After the verb: a determiner, then up to three lower-case modifiers that are neither stop words nor -ing forms. */
const FILLER = `(?:(?:the|a|an|its|their|his|her|our|this|these|those|two|three|four|five|several|other)\\s+)?(?:(?!(?:${STOP})\\s)\\p{Ll}[\\p{L}-]*(?<!ing)\\s+){0,3}`;
/** The verb (group 1) and what follows it up to the object mention, at the end of the gap before the object. */
const VERB_BEFORE_OBJECT = new RegExp(`\\b(${FORMS})\\s+${FILLER}$`, 'u');
/** "covers public procurement for the weekly B", "presents a morning show on B": a person's work for an outlet. */
const WORK_BEFORE_OBJECT = new RegExp(
  `\\b(?:${WORK_VERBS})\\s+(?:[\\p{Ll}-]+\\s+){0,4}(?:for|on|at)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$`,
  'u',
);

const ACRONYM = '(?:\\([^()]{1,40}\\)\\s*)?';
/** The subject right before the verb: "A has since called on", "A (ACR) bought". */
const ADJACENT = new RegExp(`^\\s*${ACRONYM}${AUX}$`, 'iu');
/** "A, who chairs B, urged"; "A, which was developed by". */
const RELATIVE = new RegExp(`^\\s*${ACRONYM},?\\s+(?:who|which|that)\\s+${AUX}$`, 'iu');
/** An appositive closed by a comma: "A, a coalition based in Kuala Lumpur, partnered with". */
const APPOSITIVE = new RegExp(
  `^\\s*${ACRONYM},\\s+(?:an?|the|its|their|who|which)\\s(?:(?!\\b(?:but|said|says)\\b)[^;:()"“”,]){1,100}(?:,[^;:()"“”,]{1,40})?,\\s+${AUX}$`,
  'iu',
);
/** A second verb joined to the subject's first: "A called the findings "serious" and urged". */
const COORDINATED = new RegExp(
  `^\\s*${ACRONYM}${AUX}(?!(?:said|says|told|added|denied)\\b)\\p{Ll}+(?:ed|s)\\b(?:(?!\\b(?:that|which|who|whether|because|after|when|while|but|if)\\b)[^;:.?!]){0,150}?,?\\s+and\\s+(?:then\\s+|also\\s+|later\\s+)?$`,
  'u',
);
/** A participle hung on a noun by a comma, maybe after an appositive noun: "B, published by", "A, a reseller in Makati owned by". */
const PARTICIPIAL =
  /^\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:(?:an?|the)\s+(?:(?!(?:and|or|but|which|that|who)\s)[\p{L}-]+\s+){0,4})?$/iu;

/** A subject governed by a preposition is no subject: "a lawyer for A urged B". */
const GOVERNED =
  /\b(?:of|for|at|from|with|by|to|in|on|about|against|than|like|between|among|under|within|into|behind|via)\s+(?:the\s+)?$/i;
/** The sentence denies, doubts, asks or waits before the clause: "Ylagan denied that A ...", "until A has reported on B". */
const DOUBT = /\b(?:not|never|whether|if|unless|until|denied|denies|deny|without|no evidence)\b/i;

/** Affiliation types: one of them between a pair is enough (a LEADS beside a WORKS_FOR repeats it). */
const AFFILIATION: RelationType[] = ['WORKS_FOR', 'LEADS', 'MEMBER_OF', 'CO_CHAIR_OF', 'PART_OF'];

type Shape = 'adjacent' | 'relative' | 'appositive' | 'participial' | 'coordinated';

function shapeOf(lead: string): Shape | undefined {
  if (ADJACENT.test(lead)) return 'adjacent';
  if (RELATIVE.test(lead)) return 'relative';
  if (APPOSITIVE.test(lead)) return 'appositive';
  if (PARTICIPIAL.test(lead)) return 'participial';
  if (COORDINATED.test(lead)) return 'coordinated';
  return undefined;
}

function tied(ctx: Ctx, type: RelationType, a: string, b: string, s: Sentence): boolean {
  return ctx.relations.some(
    (r) =>
      ((r.source === a && r.target === b) || (r.source === b && r.target === a)) &&
      (r.type === type ||
        r.evidence.start === s.start ||
        (AFFILIATION.includes(r.type) && AFFILIATION.includes(type))),
  );
}

/** The mentions listed with hits[i] ("A and B", "A, B and C") on the side `step` (-1 before, +1 after). */
function conjuncts(ctx: Ctx, hits: Hit[], i: number, step: 1 | -1, fits: (h: Hit) => boolean): Hit[] {
  const out = [hits[i] as Hit];
  for (let k = i + step; k >= 0 && k < hits.length; k += step) {
    const h = hits[k] as Hit;
    const near = out[out.length - 1] as Hit;
    const gap = step > 0 ? ctx.clean.slice(near.end, h.start) : ctx.clean.slice(h.end, near.start);
    if (!fits(h) || !LIST_JOIN.test(gap)) break;
    if (h.type === 'Place' && near.type === 'Place' && /^\s*,\s*$/.test(gap)) break; // "Limassol, Cyprus": one place
    out.push(h);
  }
  return out;
}

/** The first sense of `form` that the two ends fit, with the mention before the verb as `before`. */
function senseFor(form: string, shape: Shape, before: Hit, after: Hit): VerbSense | undefined {
  return VERB_SENSES.get(form)?.find((v) => {
    if (shape === 'participial' && !v.participle) return false;
    const [actor, target] = v.agentAfter ? [after, before] : [before, after];
    return v.subject.includes(actor.type) && v.object.includes(target.type);
  });
}

/** Read the clause whose verb (`form`, at `verbAt`) stands right before hits[j]. */
function clause(ctx: Ctx, s: Sentence, hits: Hit[], j: number, form: string, verbAt: number): void {
  const object = hits[j] as Hit;
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const subject = hits[k] as Hit;
    const shape = shapeOf(ctx.clean.slice(subject.end, verbAt));
    if (!shape) continue;
    const v = senseFor(form, shape, subject, object);
    if (!v) continue;
    // A second verb takes the subject of the first only when no mention stands between them.
    if (shape === 'coordinated' && (k !== j - 1 || v.agentAfter || v.participle)) return;
    // A finite verb's subject is no object of a preposition ("a lawyer for A urged B"); a participle may hang on
    // any noun ("developed by A, a company based in B").
    const finite = !v.agentAfter && !v.participle && shape !== 'relative';
    if (finite && GOVERNED.test(ctx.clean.slice(Math.max(s.start, subject.start - 40), subject.start)))
      return;
    const beforeTypes = v.agentAfter ? v.object : v.subject;
    const afterTypes = v.agentAfter ? v.subject : v.object;
    const befores =
      shape === 'adjacent' ? conjuncts(ctx, hits, k, -1, (h) => beforeTypes.includes(h.type)) : [subject];
    const first = befores[befores.length - 1] as Hit;
    if (DOUBT.test(ctx.clean.slice(s.start, first.start))) return;
    const afters = conjuncts(ctx, hits, j, 1, (h) => afterTypes.includes(h.type));
    // "A joined B and C in calling on D": acting together, not joining them.
    const last = afters[afters.length - 1] as Hit;
    if (/^\s+in\s+\p{L}+ing\b/u.test(ctx.clean.slice(last.end, last.end + 30))) return;
    for (const b of befores) {
      for (const a of afters) {
        const [actor, target] = v.agentAfter ? [a, b] : [b, a];
        if (tied(ctx, v.type, actor.key, target.key, s)) continue;
        relate(ctx, v.type, actor.key, target.key, s, METHOD, CONFIDENCE, v.role);
      }
    }
    return;
  }
}

function sentence(ctx: Ctx, s: Sentence): void {
  const text = cleanOf(ctx, s);
  if (!ANY_VERB.test(text) || /\?\s*$/.test(text)) return;
  const named = sentenceHits(ctx, s);
  if (named.length === 0) return;
  const refs = referenceHits(ctx, s, named);
  const hits = refs.length > 0 ? [...named, ...refs].sort((a, b) => a.start - b.start) : named;
  for (let j = 1; j < hits.length; j++) {
    const prev = hits[j - 1] as Hit;
    const object = hits[j] as Hit;
    if (/^['’]s\b/.test(ctx.clean.slice(object.end, object.end + 2))) continue; // "joined B's campaign"
    const gap = ctx.clean.slice(prev.end, object.start);
    const m = VERB_BEFORE_OBJECT.exec(gap);
    if (m) {
      // The form as the table writes it: "published in September 2024 by" is "published by".
      const form = (m[1] as string)
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/ (?:in|on) (?:\S+ )?\d[\d ]* by$/, ' by');
      clause(ctx, s, hits, j, form, prev.end + m.index);
      continue;
    }
    const w = WORK_BEFORE_OBJECT.exec(gap);
    if (w) clause(ctx, s, hits, j, 'works for', prev.end + w.index);
  }
}

/**
 * Draw the relations ordinary clauses state between a sentence's mentions; run after the specific rules.
 * @example clauseRules(ctx) // "Bantay Datos and the Foundation called on the DOJ" → two CALLED_ON
 */
export function clauseRules(ctx: Ctx): void {
  for (const s of ctx.sentences) sentence(ctx, s);
}
