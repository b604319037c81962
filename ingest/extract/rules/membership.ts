/**
 * Membership and structure: "composed of A, B and C" / "A and B, counterparts of Y" / "Y government
 * counterparts (the A and the B)" → PART_OF; "X is a (founding) member of Y", "Y founding member, Person",
 * and the organisations of a letter's signatories → MEMBER_OF the collective the letter speaks for;
 * "X leaves / withdrew from / decided to abandon Y" → WITHDREW_FROM plus a dated withdrawal Event.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import {
  after,
  antecedent,
  author,
  before,
  collective,
  dateNear,
  sentenceHits,
  signingOrgs,
} from './helpers.ts';

const PARTS =
  /\b(conformed|composed|comprised|made up|consisting|formed|integrated|created|set up)(?: in \d{4})? (of|by)\b/i;
/** "her organisation", "his group": the organisation of the person last named. */
const THEIR_ORG =
  /\b(?:her|his)\s+(?:own\s+)?(?:organi[sz]ation|group|ngo|foundation|institute|observatory|network|collective|centre|center)\b/i;
const WITHDRAW =
  /\b(leaves?|left|withdr(?:ew|aw|aws|awn)\b|withdrawing from|abandon\w*|quit|exit\w*|pull\w* out of|walk(?:ed|s)? out of|conclude their participation in|suspend their engagement|retiro de|retir(?:amos|aron|[óo]|an|a|arse|arnos)\s+de|salida de)\b/i;
/** "The organisations that make up X", "Las organizaciones que integramos X": the collective speaking. */
const WE_OF =
  /\b(?:(?:las|los)\s+(?:organizaciones|colectivos|integrantes|miembros)\s+que\s+(?:integramos|conformamos|formamos(?:\s+parte\s+de)?)|we,\s+the\s+(?:members|organi[sz]ations)\s+of)\s+(?:la\s+|el\s+|the\s+)?$/i;
/** "We also joined X", "X joined Y in 2019", "nos sumamos a X": membership begins. */
const JOINED =
  /\b(?:joined|join|joins|became\s+(?:a\s+)?members?\s+of|nos\s+sumamos\s+a|nos\s+unimos\s+a|se\s+sum[óo]\s+a|se\s+uni[óo]\s+a)\s+(?:the\s+|la\s+|el\s+)?/gi;
/** "together with the other members of X, we withdrew": X is ours and does what we do. */
const FELLOW_MEMBERS =
  /\b(?:together|along)\s+with\s+(?:the\s+)?(?:other|fellow)\s+members\s+of\s+(?:the\s+)?/i;
/** "announced that they would leave": reported speech of a decision, not a hypothesis. */
const ANNOUNCED_WOULD =
  /\b(?:announced|said|confirmed|declared|decided|stated)\b[^.;]{0,40}?\bthat\s+(?:they|it|we)\s+would\s+$/i;
/** "we withdrew", "we are withdrawing", "we have decided to leave": the author does it. */
const WE_DO =
  /\bwe\s+(?:(?:also|then|formally|hereby|today|now|all|collectively|jointly|have|had|are|were|will|shall|(?:have\s+)?(?:decided|chosen)\s+to)\s+)*$/i;
const GENERIC_SUBJECT = /\b(civil society|these|they|we|the organi[sz]ations|members?)\b/i;

/** A key as a hit for the rules that take one (no offsets are read from it). */
function hitOf(key: string | undefined): Hit | undefined {
  return key ? { key, type: 'Organization', start: 0, end: 0 } : undefined;
}

/** The organisation the last person named before `pos` works for or leads. */
function personsOrg(ctx: Ctx, pos: number): string | undefined {
  const people = ctx.reg.mentions
    .filter((m) => m.end <= pos && ctx.reg.entities.get(m.entity)?.type === 'Person')
    .sort((a, b) => b.start - a.start);
  const p = people[0];
  if (!p) return undefined;
  return ctx.relations.find((r) => (r.type === 'WORKS_FOR' || r.type === 'LEADS') && r.source === p.entity)
    ?.target;
}

/** "A, B and the other organisations of the core group": each listed organisation is a member of it. */
function otherMembers(ctx: Ctx, s: Sentence, hits: Hit[], body: string): void {
  const m =
    /\band\s+(?:the\s+)?(?:other|remaining|fellow)\s+(?:\w+\s+)?(?:organi[sz]ations|members|groups|ngos)\s+(?:of|in)\s+(?:the\s+)?/i.exec(
      body,
    );
  if (!m) return;
  const at = s.start + m.index;
  const whole = after(hits, at + m[0].length - 1, ['Organization'])[0];
  if (!whole || whole.start > at + m[0].length + 2) return;
  const listed = hits.filter((h) => h.type === 'Organization' && h.end <= at);
  for (const o of listed.slice(-6)) relate(ctx, 'MEMBER_OF', o.key, whole.key, s, 'other-members-of', 0.7);
}

/** "We also joined the X Coalition", "Fundación Y joined the X network in 2019" → MEMBER_OF. */
function joined(ctx: Ctx, s: Sentence, hits: Hit[], body: string, we: string): void {
  for (const m of body.matchAll(JOINED)) {
    const at = s.start + (m.index as number);
    const end = at + m[0].length;
    const target = after(hits, end, ['Organization'])[0];
    // "joined R3D in calling for ...", "joined forces with": a shared act, not a membership.
    if (
      !target ||
      target.start !== end ||
      /^[^.;]{0,80}?\b(?:in|on)\s+\p{Ll}+ing\b|^\s+forces\b/u.test(ctx.clean.slice(target.end, s.end))
    )
      continue;
    if (/^join\b/i.test(m[0]) && !/\b(?:to|will|would|did|and)\s+$/i.test(body.slice(0, m.index))) continue;
    const prefix = body.slice(0, m.index);
    const subjHit = before(hits, at, ['Organization']);
    const linked =
      subjHit &&
      /^\s+(?:(?:also|formally|later|then|has|have|had|recently|officially)\s+)*$/i.test(
        ctx.clean.slice(subjHit.end, at),
      );
    const subject =
      /\b(?:we|nos)\s+(?:(?:also|formally|later|then|have|had|recently|officially)\s+)*$/i.test(prefix) ||
      /^\W*nos\b/i.test(m[0])
        ? we
        : linked
          ? subjHit.key
          : undefined;
    if (!subject || subject === ctx.doc.id || subject === target.key) continue;
    relate(ctx, 'MEMBER_OF', subject, target.key, s, 'joined', 0.7);
  }
}

/** "Las organizaciones que integramos la Red X anunciamos ...": the collective speaks and wrote it. */
function weOf(ctx: Ctx, s: Sentence, hits: Hit[], body: string): void {
  for (const o of hits) {
    if (o.type !== 'Organization') continue;
    const lead = body.slice(0, o.start - s.start);
    if (!WE_OF.test(lead)) continue;
    relate(ctx, 'AUTHORED', o.key, ctx.doc.id, s, 'we-members-of', 0.7);
  }
}

export function membershipRules(ctx: Ctx): void {
  const group = collective(ctx);
  const we = author(ctx);
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    const hits = sentenceHits(ctx, s);
    const orgs = hits.filter((h) => h.type === 'Organization');
    otherMembers(ctx, s, hits, body);
    joined(ctx, s, hits, body, we);
    weOf(ctx, s, hits, body);
    const parts = PARTS.exec(body);
    if (parts) {
      // "The secretariat had been formed in 2013 by A, B and C": the whole named by a noun pointing back.
      const noun = /^\W*the\s+([\p{Ll}-]+)\s/iu.exec(body);
      const whole =
        before(hits, s.start + parts.index, ['Organization']) ??
        (noun ? hitOf(antecedent(ctx, s.start, noun[1] as string)) : undefined);
      // The list ends at a purpose: "... for the action plan", "... to steer the plans under the OGP".
      const purpose = /\s(?:for|to)\s/.exec(body.slice(parts.index + parts[0].length));
      const limit = purpose ? s.start + parts.index + parts[0].length + purpose.index : s.end;
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
      // "Her organisation is a member of the X": the organisation of the person last named.
      const theirs = THEIR_ORG.test(body.slice(0, mem.index)) ? hitOf(personsOrg(ctx, s.start)) : undefined;
      const who = theirs ?? before(hits, s.start + mem.index, ['Organization', 'Person', 'Place']);
      const tail = body.slice(mem.index);
      if (who) {
        const targets = after(orgs, s.start + mem.index, ['Organization']).slice(
          0,
          /\band (a )?member of\b/i.test(tail) ? 2 : 1,
        );
        // "A and the B are members of C": every organisation of the plural subject.
        const plural = /^(?:are|were)$/i.test(mem[1] as string) && who.type === 'Organization';
        const subjects = plural ? coordinatedOrgs(ctx, orgs, who) : [who];
        for (const t of targets)
          for (const x of subjects) relate(ctx, 'MEMBER_OF', x.key, t.key, s, 'member-of', 0.75);
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
      const theirs = THEIR_ORG.test(body.slice(0, w.index)) ? personsOrg(ctx, s.start) : undefined;
      // "we withdrew": the author; "civil society left", "the organisations left": the collective.
      const weSaid = WE_DO.test(body.slice(0, w.index));
      // "the organisations of the core group left": the body named after "of", not the generic noun.
      const ofBody =
        subjHit &&
        /\b(?:organi[sz]ations|members|groups|ngos)\s+of\s+(?:the\s+)?$/i.test(
          ctx.clean.slice(Math.max(s.start, subjHit.start - 40), subjHit.start),
        ) &&
        /^\s*$/.test(ctx.clean.slice(subjHit.end, at));
      const subject =
        theirs ?? (weSaid ? we : ofBody ? subjHit.key : generic || !subjHit ? (group ?? we) : subjHit.key);
      const fellows = FELLOW_MEMBERS.exec(body.slice(0, w.index));
      const whole = fellows ? after(orgs, s.start + fellows.index + fellows[0].length - 1)[0] : undefined;
      if (target && whole && whole.key !== target.key) {
        relate(ctx, 'WITHDREW_FROM', whole.key, target.key, s, 'withdraw-verb', 0.7);
        if (subject !== ctx.doc.id && subject !== whole.key)
          relate(ctx, 'MEMBER_OF', subject, whole.key, s, 'fellow-members', 0.7);
      }
      // A joint statement signed by several organisations ("we, the undersigned organisations, are
      // withdrawing from X"): each signing organisation withdraws.
      if (target && subject === ctx.doc.id && weSaid) {
        const signers = signingOrgs(ctx);
        if (signers.length >= 2)
          for (const o of signers)
            if (o !== target.key) relate(ctx, 'WITHDREW_FROM', o, target.key, s, 'withdraw-signers', 0.65);
      }
      if (target && subject !== target.key && subject !== ctx.doc.id) {
        relate(ctx, 'WITHDREW_FROM', subject, target.key, s, 'withdraw-verb', 0.75);
        // "(A, the B and the C) left the X": every organisation of the list the subject closes leaves.
        if (subjHit && subject === subjHit.key && /^[\s)]*$/.test(ctx.clean.slice(subjHit.end, at)))
          for (const o of coordinatedOrgs(ctx, orgs, subjHit).slice(1))
            if (o.key !== target.key)
              relate(ctx, 'WITHDREW_FROM', o.key, target.key, s, 'withdraw-list', 0.7);
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

/** The organisations joined to `last` by "and" / "," right before it ("A, B and the C are members of"). */
function coordinatedOrgs(ctx: Ctx, orgs: Hit[], last: Hit): Hit[] {
  const out: Hit[] = [last];
  for (let i = orgs.indexOf(last) - 1; i >= 0; i--) {
    const o = orgs[i] as Hit;
    const head = out[out.length - 1] as Hit;
    if (
      !/^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(
        ctx.clean.slice(o.end, head.start),
      )
    )
      break;
    out.push(o);
  }
  return out;
}
