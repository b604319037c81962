/**
 * Titles held in an organisation, written with the organisation first and the person after a comma, as
 * news and statements name officials once: "the United Nations Special Rapporteur on freedom of
 * expression, Gerhard Lindqvist", "Amnesty International's secretary general, Noor Haddad", "the
 * Inter-American Commission rapporteur, Ovidio Lanzagorta"; or the person first: "Gerhard Lindqvist, the
 * UN Special Rapporteur on ...". Each gives WORKS_FOR with the title as role (and LEADS for heads).
 * "<title> of <Org>, <Person>" is read by affiliations.ts.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { cap, TITLE } from '../find/patterns.ts';

/** Words that may stand before a title: modifiers, or capitalised words of the title ("Special Rapporteur"). */
const PRE = `(?:(?:${cap(
  'special|deputy|vice|executive|general|senior|chief|former|independent|high|assistant|associate|principal|lead|managing|acting|interim|regional|top',
)}|\\p{Lu}[\\p{L}-]*)\\s+){0,3}`;
/** A topic after the title: "on freedom of expression", "for Freedom of Expression". */
const TOPIC = '(?:\\s+(?:on|for|of|to)\\s+[^,;()“”"]{1,90}?)?';
/** Between the organisation and the person: an optional possessive, the title, an optional topic. */
const ORG_THEN_PERSON = new RegExp(`^(?:['’]s?)?\\s+(${PRE}${TITLE}${TOPIC}),\\s+$`, 'u');
/** After "<Person>, the": the organisation, then its title. */
const PERSON_THEN_ORG = /^,\s+(?:the\s+|an?\s+)?(?:former\s+|current\s+)?$/i;
const TITLE_AFTER = new RegExp(
  `^(?:['’]s?)?\\s+(${PRE}${TITLE}${TOPIC})(?=[,.;]|\\s+(?:said|says|told|who|and)\\b|$)`,
  'u',
);
const HEAD =
  /^(?:(?:executive|managing|general)\s+)?(director|president|head|chair\w*|co-?chair|ceo|founder|co-founder|secretary[- ]general)$/i;

function works(
  ctx: Ctx,
  s: { start: number; end: number },
  p: Hit,
  o: Hit,
  raw: string,
  method: string,
): void {
  const role = raw.replace(/\s+/g, ' ').trim().toLowerCase();
  // Special rapporteurs are appointed by multilateral bodies (UN, IACHR, African Commission).
  const org = ctx.reg.entities.get(o.key);
  if (org && /rapporteur/.test(role) && (!org.kind || org.kind === 'civil_society'))
    org.kind = 'multilateral';
  relate(ctx, 'WORKS_FOR', p.key, o.key, s, method, 0.7, role);
  if (HEAD.test(role)) relate(ctx, 'LEADS', p.key, o.key, s, method, 0.65, role);
}

/** "<Person>, who heads the <Org>" / "who works for <Org>": a relative clause naming the person's organisation. */
const WHO =
  /^,\s+who\s+(?:now\s+|also\s+|currently\s+)?(heads|leads|directs|runs|chairs|founded|co-founded|coordinates|works\s+(?:at|for|with)|worked\s+(?:at|for|with)|is\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:director|president|head|founder|coordinator|member|researcher|lawyer|spokes\w+)\s+(?:of|at|for))\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:group|organi[sz]ation|think\s+tank|ngo|non-?profit|institute|network|collective|foundation|newspaper|laboratory|lab|coalition|alliance|firm|company)\s+)?$/u;
const WHO_HEAD = /^(heads|leads|directs|runs|chairs|founded|co-founded)$/;

function relative(ctx: Ctx, s: { start: number; end: number }, p: Hit, o: Hit): void {
  const m = WHO.exec(ctx.clean.slice(p.end, o.start));
  if (!m) return;
  const verb = (m[1] as string).replace(/\s+/g, ' ');
  const role = WHO_HEAD.test(verb)
    ? /found/.test(verb)
      ? 'founder'
      : /chairs/.test(verb)
        ? 'chair'
        : 'head'
    : verb === 'coordinates'
      ? 'coordinator'
      : /^is /.test(verb)
        ? verb.replace(/^is (?:the |an? )?/, '').replace(/ (?:of|at|for)$/, '')
        : undefined;
  relate(ctx, 'WORKS_FOR', p.key, o.key, s, 'who-heads', 0.7, role);
  if (role && HEAD.test(role)) relate(ctx, 'LEADS', p.key, o.key, s, 'who-heads', 0.65, role);
}

/** WORKS_FOR from "<Org> <title>, <Person>" and "<Person>, the <Org> <title>" in one sentence. */
export function titleRules(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  hits.forEach((p, i) => {
    if (p.type !== 'Person') return;
    // The nearest organisation before the person whose gap is a title.
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const o = hits[j] as Hit;
      if (o.type === 'Person') break;
      if (o.type !== 'Organization' || p.start - o.end > 160) continue;
      const m = ORG_THEN_PERSON.exec(ctx.clean.slice(o.end, p.start));
      if (m) {
        works(ctx, s, p, o, m[1] as string, 'org-title-comma-person');
        break;
      }
    }
    const o = hits[i + 1];
    // "who chairs the Senate's Human Rights Committee": the possessor names the body's parent.
    const owned = hits[i + 2];
    const possessed =
      o?.type === 'Organization' &&
      owned?.type === 'Organization' &&
      /^['’]s\s+$/.test(ctx.clean.slice(o.end, owned.start));
    if (o?.type === 'Organization') relative(ctx, s, p, possessed ? (owned as Hit) : o);
    if (o?.type !== 'Organization' || !PERSON_THEN_ORG.test(ctx.clean.slice(p.end, o.start))) return;
    const m = TITLE_AFTER.exec(ctx.clean.slice(o.end, Math.min(s.end, o.end + 140)));
    if (m) works(ctx, s, p, o, m[1] as string, 'person-comma-org-title');
  });
}
