/**
 * Membership and structure: "composed of A, B and C" / "A and B, counterparts of Y" / "Y government
 * counterparts (the A and the B)" → PART_OF; "X is a (founding) member of Y", "Y founding member, Person",
 * and the organisations of a letter's signatories → MEMBER_OF the collective the letter speaks for;
 * "X leaves / withdrew from / decided to abandon Y" → WITHDREW_FROM plus a dated withdrawal Event.
 */
import { relate, type Ctx } from '../context.ts';
import { after, author, before, collective, dateNear, sentenceHits } from './helpers.ts';

const PARTS = /\b(conformed|composed|comprised|made up|consisting|formed|integrated) (of|by)\b/i;
const WITHDRAW =
  /\b(leaves?|left|withdr(?:ew|aw|aws|awn)\b|withdrawing from|abandon\w*|quit|exit\w*|pull\w* out of|conclude their participation in|suspend their engagement)\b/i;
/** "announced that they would leave": reported speech of a decision, not a hypothesis. */
const ANNOUNCED_WOULD =
  /\b(?:announced|said|confirmed|declared|decided|stated)\b[^.;]{0,40}?\bthat\s+(?:they|it|we)\s+would\s+$/i;
const GENERIC_SUBJECT = /\b(civil society|these|they|we|the organi[sz]ations|members?)\b/i;

export function membershipRules(ctx: Ctx): void {
  const group = collective(ctx);
  const we = author(ctx);
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    const hits = sentenceHits(ctx, s);
    const orgs = hits.filter((h) => h.type === 'Organization');
    const parts = PARTS.exec(body);
    if (parts) {
      const whole = before(hits, s.start + parts.index, ['Organization']);
      const forAt = body.indexOf(' for ', parts.index);
      const limit = forAt > 0 ? s.start + forAt : s.end;
      if (whole)
        for (const p of after(orgs, s.start + parts.index, ['Organization'], limit))
          relate(ctx, 'PART_OF', p.key, whole.key, s, 'composed-of', 0.8);
    }
    const cp = /\bcounterparts of (the )?/i.exec(body);
    if (cp) {
      const whole = after(orgs, s.start + cp.index, ['Organization'])[0];
      const upto = s.start + cp.index;
      if (whole)
        for (const p of orgs.filter((o) => o.end <= upto && o.start >= upto - 400))
          relate(ctx, 'PART_OF', p.key, whole.key, s, 'counterparts-of', 0.75);
    }
    const cpp = /\bcounterparts\s*\(/i.exec(body);
    if (cpp) {
      const whole = before(hits, s.start + cpp.index, ['Organization']);
      const close = body.indexOf(')', cpp.index);
      if (whole)
        for (const p of orgs.filter((o) => o.start > s.start + cpp.index && o.end <= s.start + close))
          relate(ctx, 'PART_OF', p.key, whole.key, s, 'counterparts-of', 0.75);
    }
    const mem = /\b(is|was|as|are|were) (a |an |one of the )?(\w+ )?(founding )?members? of (the )?/i.exec(
      body,
    );
    if (mem) {
      const who = before(hits, s.start + mem.index, ['Organization', 'Person', 'Place']);
      const tail = body.slice(mem.index);
      if (who) {
        const targets = after(orgs, s.start + mem.index, ['Organization']).slice(
          0,
          /\band (a )?member of\b/i.test(tail) ? 2 : 1,
        );
        for (const t of targets) relate(ctx, 'MEMBER_OF', who.key, t.key, s, 'member-of', 0.75);
      }
    }
    for (const p of hits.filter((h) => h.type === 'Person')) {
      const lead = /(founding member|member|co-founder|founder),?\s*$/i.exec(
        ctx.clean.slice(Math.max(s.start, p.start - 30), p.start),
      );
      if (!lead) continue;
      const org = before(hits, p.start - lead[0].length, ['Organization']);
      if (org) relate(ctx, 'MEMBER_OF', p.key, org.key, s, 'role-apposition', 0.7, lead[1]?.toLowerCase());
    }
    const w = WITHDRAW.exec(body);
    if (
      w &&
      orgs.length > 0 &&
      !/\b(or to|either|would|could|should|reasons for|by)\s+$/i.test(
        /\b(?:if|unless|should)\b/i.test(body.slice(w.index))
          ? body.slice(0, w.index)
          : body.slice(0, w.index).replace(ANNOUNCED_WOULD, ''),
      )
    ) {
      const at = s.start + w.index;
      const near = after(orgs, at + w[0].length, ['Organization'])[0];
      const gap = near ? ctx.clean.slice(at + w[0].length, near.start) : '';
      const target =
        near &&
        /^[\s(]*(from\s+)?(the\s+)?([\p{Ll}-]+\s+){0,3}[\s(]*(the\s+)?$/u.test(gap) &&
        !/\b(of|within|in|with)\b/.test(gap)
          ? near
          : undefined;
      const subjHit = before(hits, at, ['Organization']);
      const generic = GENERIC_SUBJECT.test(body.slice(0, w.index).slice(-60));
      const subject = generic || !subjHit ? (group ?? we) : subjHit.key;
      if (target && subject !== target.key && subject !== ctx.doc.id) {
        relate(ctx, 'WITHDREW_FROM', subject, target.key, s, 'withdraw-verb', 0.75);
        const date =
          dateNear(ctx, s) ?? (ctx.doc.kind === 'press_release' ? (ctx.doc.date ?? undefined) : undefined);
        const tname = ctx.reg.entities.get(target.key)?.name ?? 'process';
        const ev = ctx.reg.addName(
          'Event',
          `Withdrawal from ${tname}`,
          date ? { date, noMention: true } : { noMention: true },
        );
        relate(ctx, 'PARTICIPATED_IN', subject, ev, s, 'withdrawal-event', 0.7);
      }
    }
  }
  if (
    group &&
    ctx.signerOrgs.length >= 2 &&
    !ctx.relations.some((r) => r.type === 'SUPPORTS' && r.target === group)
  ) {
    for (const r of ctx.relations.filter(
      (x) => x.type === 'WORKS_FOR' && ctx.signerOrgs.includes(x.target),
    )) {
      relate(ctx, 'MEMBER_OF', r.target, group, r.evidence, 'signatory-members', 0.6);
    }
  }
  if (we !== ctx.doc.id && !['article', 'report', 'other'].includes(ctx.doc.kind)) {
    const first = ctx.sentences[0];
    if (first) relate(ctx, 'AUTHORED', we, ctx.doc.id, first, 'document-author', 0.6);
  }
}
