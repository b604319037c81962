/**
 * Hosting: "The coalition's secretariat is hosted by Civic Audit Ghana", "X, which is hosted by Y",
 * "a forum hosted by the Kasoa Centre" → the host HOSTED the body or event. The hosted thing is the
 * organisation or event named right before, or a body named by its noun ("the coalition's secretariat").
 */
import { relate, type Ctx } from '../context.ts';
import { after, antecedent, before, sentenceHits } from './helpers.ts';

const HOSTED_BY = /\b(?:is|was|are|were|has\s+been|have\s+been|been)?\s*hosted\s+by\s+(?:the\s+)?/gi;
/** "the coalition's secretariat is": the body is named by its noun. */
const NOUN_SECRETARIAT =
  /\bthe\s+(coalition|network|alliance|platform|group|forum|campaign|committee|partnership)['’]s\s+(?:secretariat|office|coordination)\s+$/i;
/** "X's secretariat is", "X, which is", "X is": the hosted one is X. */
const NAMED_BEFORE = /^(?:['’]s\s+(?:secretariat|office|coordination))?\s*(?:,\s*(?:which|that)\s+)?$/i;

export function hostRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    if (!body.includes('hosted by')) continue;
    for (const m of body.matchAll(HOSTED_BY)) {
      const at = s.start + (m.index as number);
      const hits = sentenceHits(ctx, s);
      const host = after(hits, at + m[0].length, ['Organization'])[0];
      if (!host || host.start !== at + m[0].length) continue;
      const lead = ctx.clean.slice(s.start, at);
      const noun = NOUN_SECRETARIAT.exec(lead);
      const named = before(hits, at, ['Organization', 'Event']);
      const hosted = noun
        ? antecedent(ctx, s.start + (noun.index as number), (noun[1] as string).toLowerCase())
        : named && NAMED_BEFORE.test(ctx.clean.slice(named.end, at))
          ? named.key
          : undefined;
      if (hosted && hosted !== host.key) relate(ctx, 'HOSTED', host.key, hosted, s, 'hosted-by', 0.7);
    }
  }
}
