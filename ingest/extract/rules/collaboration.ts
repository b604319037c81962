/**
 * Collaboration said with a verb of working together: "R3D worked with SocialTIC on the analysis",
 * "Citizen Lab partnered with Article 19", "A and B worked together" → COLLABORATED_WITH. A refusal or
 * a negation ("refused to work with", "no longer works with") says the opposite and draws nothing.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { after, antecedent, author, LIST_JOIN, organisationList, sentenceHits } from './helpers.ts';

const WORKED =
  /\b(?:worked|works|work|working|partnered|partners|teamed\s+up|collaborated|collaborates|cooperated|cooperates|joined\s+forces|trabaj(?:[óo]|amos|aron|a|an))\s+(?:closely\s+)?(?:together\s+)?(?:(?:throughout|during|over)\s+the\s+year\s+)?((?:with|con)\s+(?:the\s+|el\s+|la\s+)?)?/gi;
/** "co-authored its first report, X, with the Instituto Y": writing together is working together. */
const CO_AUTHORED = /\bco-?(?:authored|wrote|published|produced)\b[^.;]{0,80}?\bwith\s+(?:the\s+)?$/i;
const PRONOUN_SUBJECT_ANY =
  /\b(?:we|her|his|its|their|our|su)\b|\b(?:the|el|la)\s+(?:lab|laboratory|laboratorio)\b/i;
/** A subject that is no name: "we" (the document's author), "her lab" / "the lab" (the organisation meant). */
const PRONOUN_SUBJECT =
  /(?:^|[,;]\s+|\b(?:and|also|then|year|when|where)\s+)(?:(we)|(?:her|his|its|their|the|our|su|el|la)\s+(lab|laboratory|organi[sz]ation|group|network|coalition|institute|foundation|observatory|organizaci[óo]n|laboratorio))\s+(?:also\s+|have\s+|has\s+|had\s+)*$/i;
const NEGATED =
  /\b(?:not|never|no\s+longer|refused\s+to|refuses\s+to|declined\s+to|stopped|ceased|would|could|should|will|invited\s+\w+\s+to|asked\s+\w+\s+to|to)\s+(?:\w+\s+)?$/i;
/** Between subject and verb: nothing, or a short adverb / auxiliary. */
const LINK = /^\s+(?:(?:also|have|has|had|previously|recently|often|closely)\s+)*$/i;

/** The organisations that are the subject right before `at`: "A", "A and B". */
function listBefore(ctx: Ctx, hits: Hit[], at: number): Hit[] {
  const before = hits.filter((h) => h.end <= at);
  const last = before[before.length - 1];
  if (!last || last.type !== 'Organization' || !LINK.test(ctx.clean.slice(last.end, at))) return [];
  const out = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const h = before[i] as Hit;
    if (h.type !== 'Organization' || !LIST_JOIN.test(ctx.clean.slice(h.end, (out[0] as Hit).start))) break;
    out.unshift(h);
  }
  return out;
}

/** The organisation a pronoun or noun subject stands for, as a hit (no offsets are read from it). */
function pronounSubject(ctx: Ctx, at: number, prefix: string): Hit | undefined {
  const we = author(ctx);
  // "We also joined X ..., and co-authored ...": a second verb keeps the opening "we".
  if (/^\W*we\b/i.test(prefix) && /\band\s+(?:also\s+)?$/i.test(prefix))
    return we === ctx.doc.id ? undefined : { key: we, type: 'Organization', start: at, end: at };
  const m = PRONOUN_SUBJECT.exec(prefix);
  if (!m) return undefined;
  const key = m[1] ? (we === ctx.doc.id ? undefined : we) : antecedent(ctx, at, nounOf(m[2] as string));
  return key ? { key, type: 'Organization', start: at, end: at } : undefined;
}

function nounOf(noun: string): string {
  const n = noun.toLowerCase();
  if (n.startsWith('organizaci')) return 'organisation';
  if (n === 'laboratorio') return 'lab';
  return n;
}

/** "We ... co-authored its first report with the Instituto X": the authors and X worked together. */
function coAuthored(ctx: Ctx, s: Sentence, body: string): void {
  for (const m of body.matchAll(/\bwith\s+(?:the\s+)?/gi)) {
    const i = m.index as number;
    if (!CO_AUTHORED.test(body.slice(Math.max(0, i - 100), i + m[0].length))) continue;
    const hits = sentenceHits(ctx, s);
    const partner = after(hits, s.start + i + m[0].length, ['Organization'])[0];
    if (!partner || partner.start !== s.start + i + m[0].length) continue;
    const verb = /\bco-?(?:authored|wrote|published|produced)\b/i.exec(body) as RegExpExecArray;
    const subject =
      listBefore(ctx, hits, s.start + verb.index)[0] ??
      pronounSubject(ctx, s.start + verb.index, body.slice(0, verb.index));
    if (subject) relate(ctx, 'COLLABORATED_WITH', subject.key, partner.key, s, 'co-authored-with', 0.7);
  }
}

/** "carried out with", "with the help of", "in collaboration with": the work of one was done with another. */
const WITH_HELP =
  /\b(?:(?:carried\s+out|conducted|done|prepared|produced|written)\s+(?:together\s+|jointly\s+)?with|with\s+the\s+(?:help|support|assistance|collaboration)\s+of|in\s+(?:collaboration|partnership|cooperation)\s+with)\s+(?:the\s+)?/gi;
/** "A forensic study by X, carried out with Y" / "documented by X ..., with the help of Y": X named after "by". */
const BY_ORG = /\bby\s+(?:the\s+)?$/i;
/** "This research was carried out in collaboration with Y": the document's own work. */
const OWN_WORK =
  /^\W*(?:this|the|our)\s+(?:research|report|study|analysis|investigation|work|brief|summary)\b/i;

/**
 * "A forensic study by the Lindholm Centre, carried out with the Observatorio X (ODDD), found ..." /
 * "documented by the Instituto X ... with the help of the Red Y" / "This research was carried out in
 * collaboration with the Red Y" → the one whose work it is COLLABORATED_WITH the one it was done with.
 */
function helpedBy(ctx: Ctx, s: Sentence, body: string): void {
  for (const m of body.matchAll(WITH_HELP)) {
    const at = s.start + (m.index as number);
    const hits = sentenceHits(ctx, s);
    const partners = organisationList(ctx, hits, at + m[0].length, LIST_JOIN);
    if (partners.length === 0) continue;
    const by = hits.filter(
      (h) =>
        h.type === 'Organization' &&
        h.end <= at &&
        BY_ORG.test(ctx.clean.slice(Math.max(s.start, h.start - 12), h.start)),
    );
    const own = OWN_WORK.test(body) ? author(ctx) : undefined;
    const subject = by[by.length - 1]?.key ?? (own !== ctx.doc.id ? own : undefined);
    if (!subject) continue;
    for (const p of partners) relate(ctx, 'COLLABORATED_WITH', subject, p.key, s, 'work-done-with', 0.7);
  }
}

/**
 * @example
 * // "R3D worked with SocialTIC on the forensic analysis." → R3D COLLABORATED_WITH SocialTIC
 * collaborationRules(ctx);
 */
export function collaborationRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    coAuthored(ctx, s, body);
    helpedBy(ctx, s, body);
    if (!new RegExp(WORKED.source, 'i').test(body)) continue;
    const hits = sentenceHits(ctx, s);
    if (hits.filter((h) => h.type === 'Organization').length < (PRONOUN_SUBJECT_ANY.test(body) ? 1 : 2))
      continue;
    for (const m of body.matchAll(new RegExp(WORKED.source, 'gi'))) {
      const at = s.start + (m.index as number);
      if (NEGATED.test(body.slice(0, m.index))) continue;
      const subjects = listBefore(ctx, hits, at);
      if (subjects.length === 0) {
        const other = pronounSubject(ctx, at, body.slice(0, m.index));
        if (other) subjects.push(other);
      }
      if (subjects.length === 0) continue;
      const partners = m[1] ? organisationList(ctx, hits, at + m[0].length, LIST_JOIN) : [];
      // "A and B worked together": the co-subjects.
      const together = /\btogether\b/i.test(m[0]) && !m[1];
      for (const p of partners)
        for (const a of subjects) relate(ctx, 'COLLABORATED_WITH', a.key, p.key, s, 'worked-with', 0.75);
      if (together)
        for (const b of subjects.slice(1))
          relate(ctx, 'COLLABORATED_WITH', (subjects[0] as Hit).key, b.key, s, 'worked-together', 0.7);
    }
  }
}
