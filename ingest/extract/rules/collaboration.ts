/**
 * Collaboration said with a verb of working together: "R3D worked with SocialTIC on the analysis",
 * "Citizen Lab partnered with Article 19", "A and B worked together" → COLLABORATED_WITH. A refusal or
 * a negation ("refused to work with", "no longer works with") says the opposite and draws nothing.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { organisationList, sentenceHits } from './helpers.ts';

const WORKED =
  /\b(?:worked|works|work|working|partnered|partners|teamed\s+up|collaborated|collaborates|cooperated|cooperates|joined\s+forces)\s+(?:closely\s+)?(?:together\s+)?(with\s+(?:the\s+)?)?/gi;
const NEGATED =
  /\b(?:not|never|no\s+longer|refused\s+to|refuses\s+to|declined\s+to|stopped|ceased|would|could|should|will|invited\s+\w+\s+to|asked\s+\w+\s+to|to)\s+(?:\w+\s+)?$/i;
/** Between subject and verb: nothing, or a short adverb / auxiliary. */
const LINK = /^\s+(?:(?:also|have|has|had|previously|recently|often|closely)\s+)*$/i;
const JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/** The organisations that are the subject right before `at`: "A", "A and B". */
function listBefore(ctx: Ctx, hits: Hit[], at: number): Hit[] {
  const before = hits.filter((h) => h.end <= at);
  const last = before[before.length - 1];
  if (!last || last.type !== 'Organization' || !LINK.test(ctx.clean.slice(last.end, at))) return [];
  const out = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const h = before[i] as Hit;
    if (h.type !== 'Organization' || !JOIN.test(ctx.clean.slice(h.end, (out[0] as Hit).start))) break;
    out.unshift(h);
  }
  return out;
}

/**
 * @example
 * // "R3D worked with SocialTIC on the forensic analysis." → R3D COLLABORATED_WITH SocialTIC
 * collaborationRules(ctx);
 */
export function collaborationRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    if (!new RegExp(WORKED.source, 'i').test(body)) continue;
    const hits = sentenceHits(ctx, s);
    if (hits.filter((h) => h.type === 'Organization').length < 2) continue;
    for (const m of body.matchAll(new RegExp(WORKED.source, 'gi'))) {
      const at = s.start + (m.index as number);
      if (NEGATED.test(body.slice(0, m.index))) continue;
      const subjects = listBefore(ctx, hits, at);
      if (subjects.length === 0) continue;
      const partners = m[1] ? organisationList(ctx, hits, at + m[0].length, JOIN) : [];
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
