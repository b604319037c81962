/**
 * Staff named through their organisation in running text, the ways news and analyses write it once the
 * organisation is known: "The Partnership was slow to react. X, its chief executive officer, met ..." and
 * "Its head, X" ("its"/"their" → the organisation that is the subject of that or the previous sentence);
 * "INAI's commissioner president, X", "the alliance's executive director, X", "the Alliance's director X"
 * (possessive titles, also on a noun pointing back); "X of Org, one of the civil society co-chairs [of the
 * Steering Committee]" (CO_CHAIR_OF the body named there or just before); "X, a reporter for the weekly Y"
 * (the outlet named after a descriptor word); and a contact line "X, a communications officer" right under
 * an organisation's line.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { JOB } from '../find/patterns.ts';
import type { Sentence } from '../text/sentences.ts';
import { antecedent, sentenceHits } from './helpers.ts';

/** A role: up to two lower-case modifiers, then a job or title noun. */
const ROLE = `(?:[\\p{Ll}-]+\\s+){0,2}?(?:${JOB}|commissioner(?:\\s+president)?|secretary|minister|rapporteur|chief\\s+executive(?:\\s+officer)?|ceo|CEO|chief|executive)`;
const HEAD =
  /^(?:[\p{Ll}-]+ and )?(?:(?:executive|managing|general)\s+)?(?:director|president|head|chair\w*|co-?chair|ceo|chief executive(?: officer)?|founder|secretary[- ]general|commissioner president)$/iu;

function works(ctx: Ctx, s: Sentence, p: Hit, org: string, raw: string, method: string): void {
  const role = raw.replace(/\s+/g, ' ').trim().toLowerCase();
  relate(ctx, 'WORKS_FOR', p.key, org, s, method, 0.7, role);
  if (HEAD.test(role)) relate(ctx, 'LEADS', p.key, org, s, method, 0.65, role);
}

/** The first mention of a sentence when only "the"/markup stands before it and it is an organisation. */
function subjectHit(ctx: Ctx, s: Sentence, before = s.end): Hit | undefined {
  const first = sentenceHits(ctx, s)[0];
  if (first?.type !== 'Organization' || first.start >= before) return undefined;
  return /^[\s*_#"“]*(?:the\s+)?$/i.test(ctx.clean.slice(s.start, first.start)) ? first : undefined;
}

/** The organisation a sentence is about. */
function subject(ctx: Ctx, s: Sentence, before = s.end): string | undefined {
  return subjectHit(ctx, s, before)?.key;
}

/** "its"/"their" at `pos` of sentence `i`: the subject of that sentence before `pos`, else of the one before. */
function owner(ctx: Ctx, i: number, pos: number): string | undefined {
  const s = ctx.sentences[i] as Sentence;
  const prev = ctx.sentences[i - 1];
  return subject(ctx, s, pos) ?? (prev ? subject(ctx, prev) : undefined);
}

const ITS_AFTER = new RegExp(
  `^,\\s+(?:its|their)\\s+(${ROLE})(?=\\s*[,.;]|\\s+(?:said|says|told|met|who)\\b)`,
  'u',
);
/** "Its head, [the Secretary of X] Y" at a sentence's start; "... said that its CEO, Y" inside one. */
const ITS_BEFORE = new RegExp(
  `(?:^[\\s*_"“]*|[,;:—–]\\s+|\\bthat\\s+|\\band\\s+)((?:its|their)\\s+(${ROLE}),?\\s+(?:the\\s+[^,]{0,80}?\\s+)?)$`,
  'iu',
);
/** "X, head of the digital security team at Org": works for Org, heads only the team. */
const UNIT_HEAD = new RegExp(
  `^,\\s+(?:(?:the|an?)\\s+)?((?:${ROLE})\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:team|unit|department|programme|program|desk|division|area|office|section))\\s+(?:at|of|in)\\s+(?:the\\s+)?$`,
  'u',
);
/** "X, director of communications at Org": a role over a field or unit, at the organisation. */
const FIELD_AT = new RegExp(
  `^,\\s+(?:(?:the|an?)\\s+)?((?:${ROLE})\\s+of\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)\\s+(?:at|in)\\s+(?:the\\s+)?$`,
  'u',
);
/** "Org, led by X" / "The group, headed by X": X heads the organisation. */
const LED_BY =
  /^,\s+(?:which\s+is\s+|now\s+)?(led|headed|run|directed|chaired|founded|co-founded|coordinated)\s+by\s+(?:(?:Senator|Deputy|Congressman|Congresswoman|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Professor|Commissioner|Judge|Minister)\s+)?$/;
/** "X, who heads the research unit at Org". */
const WHO_UNIT = new RegExp(
  `^,\\s+who\\s+(?:heads|leads|runs|directs|coordinates)\\s+(?:the|its|a)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:team|unit|department|programme|program|desk|division|area|section))\\s+(?:at|of|in)\\s+(?:the\\s+)?$`,
  'u',
);
/** "Org, whose director X, ...". */
const WHOSE = new RegExp(`^,\\s+whose\\s+(${ROLE}),?\\s+$`, 'u');

/** The roles read between a person and the organisation right after them, or an organisation and the person. */
function units(ctx: Ctx, s: Sentence, hits: Hit[], p: Hit): void {
  const at = hits.indexOf(p);
  const next = hits[at + 1];
  const prev = hits[at - 1];
  if (next?.type === 'Organization') {
    const gap = ctx.clean.slice(p.end, next.start);
    const head = UNIT_HEAD.exec(gap) ?? FIELD_AT.exec(gap);
    if (head)
      relate(ctx, 'WORKS_FOR', p.key, next.key, s, 'head-of-unit-at', 0.7, (head[1] as string).toLowerCase());
    const who = WHO_UNIT.exec(gap);
    if (who)
      relate(
        ctx,
        'WORKS_FOR',
        p.key,
        next.key,
        s,
        'head-of-unit-at',
        0.65,
        `head of ${(who[1] as string).toLowerCase()}`,
      );
  }
  if (prev?.type === 'Organization') {
    const whose = WHOSE.exec(ctx.clean.slice(prev.end, p.start));
    if (whose) works(ctx, s, p, prev.key, whose[1] as string, 'whose-title');
  }
  // "Org, led by X" or "The group, led by X" (the group named before).
  const lead = ctx.clean.slice(Math.max(s.start, p.start - 60), p.start);
  const led =
    /(?:^|\s)(?:the\s+)?([\p{L}-]+),\s+(?:which\s+is\s+|now\s+)?(?:led|headed|run|directed|chaired|founded|co-founded|coordinated)\s+by\s+(?:(?:Senator|Deputy|Congressman|Congresswoman|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Professor|Commissioner|Judge|Minister)\s+)?$/iu.exec(
      lead,
    );
  const verb = LED_BY.exec(led ? lead.slice(lead.indexOf(',', led.index)) : '');
  if (!led || !verb) return;
  const org =
    prev?.type === 'Organization' && /^,/.test(ctx.clean.slice(prev.end, p.start))
      ? prev.key
      : /^\p{Ll}/u.test(led[1] as string)
        ? pointedBack(
            ctx,
            ctx.sentences.indexOf(s),
            p.start - lead.length + led.index,
            (led[1] as string).toLowerCase(),
          )
        : undefined;
  const role =
    {
      led: 'head',
      headed: 'head',
      run: 'head',
      directed: 'director',
      chaired: 'chair',
      founded: 'founder',
      'co-founded': 'co-founder',
      coordinated: 'coordinator',
    }[verb[1] as string] ?? 'head';
  if (org) works(ctx, s, p, org, role, 'led-by');
}
/** "<Org>'s <role>, X" or "the <noun>'s <role> X": the possessor, then the role right before the person. */
const POSSESSIVE = new RegExp(`(?:^|\\s)(?:the\\s+)?([\\p{L}-]+)['’]s\\s+(${ROLE}),?\\s+$`, 'u');

/** "X, the organisation's director," (the possessive title after the person). */
const POSSESSIVE_AFTER = new RegExp(
  `^,\\s+(?:the\\s+)?([\\p{L}-]+)['’]s\\s+(${ROLE})(?=\\s*[,.;]|\\s+(?:said|says|told|who|and)\\b)`,
  'u',
);

function possessive(ctx: Ctx, i: number, s: Sentence, hits: Hit[], p: Hit): void {
  const lead = ctx.clean.slice(Math.max(s.start, p.start - 90), p.start);
  const before = POSSESSIVE.exec(lead);
  const after = before ? null : POSSESSIVE_AFTER.exec(ctx.clean.slice(p.end, s.end));
  const m = before ?? after;
  if (!m) return;
  const noun = m[1] as string;
  const at = before
    ? p.start - lead.length + before.index + before[0].indexOf(noun)
    : p.end + m[0].indexOf(noun);
  const own = hits.find((h) => h.type === 'Organization' && h.end >= at && h.start < at + noun.length);
  const org = own?.key ?? pointedBack(ctx, i, at, noun.toLowerCase());
  if (org) works(ctx, s, p, org, m[2] as string, 'possessive-title');
}

/**
 * "the network's coordinator": the subject of this or the previous sentence when the noun describes it
 * ("OLAVI condemns ... with SocialTIC. The network's coordinator" is OLAVI's), else the last one it describes.
 */
function pointedBack(ctx: Ctx, i: number, pos: number, noun: string): string | undefined {
  const prev = ctx.sentences[i - 1];
  const own =
    subjectHit(ctx, ctx.sentences[i] as Sentence, pos) ?? (prev ? subjectHit(ctx, prev) : undefined);
  if (own && antecedent(ctx, own.end, noun) === own.key) return own.key;
  return antecedent(ctx, pos, noun);
}

const CO_CHAIR =
  /^,\s+(?:one\s+of\s+the|an?|the|as)\s+(?:[\p{L}-]+\s+){0,3}?co-?chairs?\b(\s+of\s+(?:the\s+)?)?/iu;
const BODY = /\b(?:committee|board|council|commission|secretariat|forum|group|partnership)$/i;

/** "X of Org, one of the civil society co-chairs [of the Steering Committee]". */
function coChairs(ctx: Ctx, i: number, s: Sentence, hits: Hit[], p: Hit): void {
  // The apposition follows the person, or the person's "of Org".
  let end = p.end;
  const next = hits[hits.indexOf(p) + 1];
  if (
    next?.type === 'Organization' &&
    /^\s+(?:of|from|at)\s+(?:the\s+)?$/.test(ctx.clean.slice(p.end, next.start))
  )
    end = next.end;
  const m = CO_CHAIR.exec(ctx.clean.slice(end, s.end));
  if (!m) return;
  const after = hits.find((h) => h.start >= end + m[0].length - 1);
  let body: string | undefined;
  if (m[1] && after?.type === 'Organization' && after.start === end + m[0].length) body = after.key;
  else {
    const from = ctx.sentences[Math.max(0, i - 2)]?.start ?? s.start;
    const near = ctx.reg.mentions
      .filter((x) => x.start >= from && x.end <= end)
      .sort((a, b) => b.start - a.start)
      .map((x) => ctx.reg.entities.get(x.entity))
      .find((e) => e?.type === 'Organization' && BODY.test(e.name));
    body = near?.key;
  }
  if (body) relate(ctx, 'CO_CHAIR_OF', p.key, body, s, 'one-of-co-chairs', 0.7, 'co-chair');
}

const OUTLET = new RegExp(
  `^,\\s+(?:an?|the)\\s+(${ROLE})\\s+(?:for|at|with)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:weekly|daily|newspaper|paper|magazine|news\\s+(?:site|outlet|agency|portal)|outlet|broadcaster|radio(?:\\s+station)?|station|channel|website|portal|agency)\\s+((?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+(?:de\\s+|del\\s+|la\\s+|el\\s+|of\\s+|the\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,4})`,
  'u',
);

/** "X, a reporter for the weekly Y": Y is a media outlet even when nothing else names it. */
function outlets(ctx: Ctx, s: Sentence, p: Hit): void {
  const m = OUTLET.exec(ctx.clean.slice(p.end, s.end));
  if (!m) return;
  const name = m[2] as string;
  const start = p.end + m[0].length - name.length;
  const known = sentenceHits(ctx, s).find((h) => h.start === start && h.type === 'Organization');
  const org = known?.key ?? ctx.reg.add('Organization', start, start + name.length, { kind: 'media' });
  const e = ctx.reg.entities.get(org);
  if (e && !e.kind) e.kind = 'media';
  works(ctx, s, p, org, m[1] as string, 'role-for-outlet');
}

const CONTACT = new RegExp(`^,\\s+(?:an?\\s+|the\\s+)?(${ROLE})\\b`, 'u');

/** "Centro X" on one line, "Paula R., a communications officer, mail" on the next. */
function contactLine(ctx: Ctx, i: number, s: Sentence, hits: Hit[], p: Hit): void {
  if (hits[0] !== p || !/^[\s*_-]*$/.test(ctx.clean.slice(s.start, p.start))) return;
  const m = CONTACT.exec(ctx.clean.slice(p.end, s.end));
  if (!m) return;
  const prev = ctx.sentences[i - 1];
  if (!prev || prev.line !== s.line - 1 || !prev.block) return;
  const above = sentenceHits(ctx, prev);
  const org = above[0];
  if (above.length !== 1 || org?.type !== 'Organization') return;
  if (!/^[\s*_:-]*$/.test(ctx.clean.slice(prev.start, org.start) + ctx.clean.slice(org.end, prev.end)))
    return;
  works(ctx, s, p, org.key, m[1] as string, 'contact-under-org');
}

export function staffRules(ctx: Ctx): void {
  ctx.sentences.forEach((s, i) => {
    const hits = sentenceHits(ctx, s);
    for (const p of hits) {
      if (p.type !== 'Person') continue;
      const tail = ctx.clean.slice(p.end, s.end);
      const its = ITS_AFTER.exec(tail);
      const org = its ? owner(ctx, i, p.start) : undefined;
      if (its && org) works(ctx, s, p, org, its[1] as string, 'its-title');
      const lead = ITS_BEFORE.exec(ctx.clean.slice(s.start, p.start));
      const boss = lead ? owner(ctx, i, p.start - (lead[1] as string).length) : undefined;
      if (lead && boss) works(ctx, s, p, boss, lead[2] as string, 'its-title');
      units(ctx, s, hits, p);
      possessive(ctx, i, s, hits, p);
      coChairs(ctx, i, s, hits, p);
      outlets(ctx, s, p);
      contactLine(ctx, i, s, hits, p);
    }
  });
}
