/**
 * Roles in running text: "Valeria Montes, director of the Andean Press Freedom Coalition", "the Deputy
 * Minister of Public Service and Administration, Minister Ayanda Dlodlo ... (the Department of Public
 * Service and Administration)", "SocialTIC director Juan Manuel Casanueva" → WORKS_FOR with the role (and
 * LEADS for heads); "B, a researcher at the same institute" → the organisation of the last role read;
 * "President Enrique Peña Nieto" → LEADS the government of the document's country.
 */
import { relate, type Ctx } from '../context.ts';
import { nameKey } from '../../resolve/keys.ts';
import { after, antecedent, before, sentenceHits } from './helpers.ts';
import type { Hit } from '../context.ts';

const ROLE =
  '(?:(?:deputy|vice|executive|managing|general|special|former|senior|chief|lead|news|staff|investigative|co-?)[ -]?)*(?:anchor|columnist|journalist|correspondent|presenter|professor|fellow|director|president|head|chair(?:man|woman|person)?|co-?chair|minister|secretary|commissioner|coordinator|founder|co-founder|researcher|spokes(?:man|woman|person)|ceo|editor|reporter|lawyer|analyst|member|envoy|prosecutor|attorney general|officer|manager|scientist|economist|expert|specialist|physician|doctor|nutritionist|epidemiologist|advis[eo]r|investigator|activist|advocate|campaigner|representative|leader|staffer|employee|abogad[oa]|directora?|coordinador[a]?|investigador[a]?|president[ea]|portavoz|vocer[oa]|periodista|reporter[oa]|fundador[a]?|integrante|asesor[a]?|analista|ministr[oa]|secretari[oa])(?:[- ]general)?';
const HEADS =
  /^(?:[\p{Ll}-]+ and )?(?:(?:executive|managing|general) )?(director|directora|president|presidenta|presidente|head|chair\w*|co-?chair|ceo|founder|fundador|fundadora|secretary general)(?: ejecutiv[oa])?$/iu;

/** A noun saying what kind of body the name after it is: "the editor of the news site Crónica Pacífica". */
const KIND_NOUN =
  '(?:(?:news\\s+site|news\\s+website|website|weekly|daily|newspaper|magazine|radio\\s+station|station|broadcaster|news\\s+agency|think\\s+tank|ngo|firm|company|lab|laboratory)\\s+)?';
/** "A spokesperson for the company, Petros Kyriakou,": the role names the body by a noun pointing back. */
const ROLE_FOR_NOUN = new RegExp(
  `\\b(${ROLE})\\s+(?:of|for|at)\\s+the\\s+(company|firm|group|organi[sz]ation|ngo|lab|laboratory|institute|network|coalition|foundation|alliance|agency|ministry)\\s*,\\s*$`,
  'iu',
);

/** Nouns that point back to an organisation named earlier ("a lawyer at the group", "the alliance's"). */
const BACK_NOUN =
  /^(?:group|organi[sz]ation|ngo|lab|laboratory|institute|network|collective|coalition|foundation|newspaper|alliance|council)$/;

function role(
  ctx: Ctx,
  person: string,
  org: string,
  s: { start: number; end: number },
  r: string,
  method: string,
): void {
  const title = r.trim().replace(/\s+/g, ' ').toLowerCase();
  relate(ctx, 'WORKS_FOR', person, org, s, method, 0.75, title);
  if (HEADS.test(title)) relate(ctx, 'LEADS', person, org, s, method, 0.7, title);
}

/** The people joined to `p` by "and"/"," right before it ("A and B, both lawyers at ..."). */
function coordinated(ctx: Ctx, people: Hit[], p: Hit): Hit[] {
  const out: Hit[] = [];
  let head = p;
  for (let i = people.indexOf(p) - 1; i >= 0; i--) {
    const q = people[i] as Hit;
    if (!/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(ctx.clean.slice(q.end, head.start))) break;
    out.push(q);
    head = q;
  }
  return out;
}

export function roleRules(ctx: Ctx): void {
  const afterRe = new RegExp(
    `^(?:,\\s*|\\s+(?:is|was|has\\s+been|serves\\s+as|served\\s+as|works\\s+as)\\s+)(both\\s+|all\\s+)?(?:the\\s+|a\\s+|an\\s+|el\\s+|la\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}?${ROLE}(?:\\s+ejecutiv[oa])?)s?\\s+(?:(?:of|at|for|with|in)\\s+(?:the\\s+)?|(?:del|de\\s+la|de\\s+los|de\\s+las|de|en\\s+la|en\\s+el|en)\\s+)${KIND_NOUN}$`,
    'iu',
  );
  const backRe = new RegExp(
    `^,\\s*(?:the\\s+|a\\s+|an\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}?${ROLE})\\s+(?:of|at|for|with|in)\\s+the\\s+(same\\s+)?(group|organi[sz]ation|ngo|lab|laboratory|institute|institution|network|collective|coalition|foundation|newspaper|alliance|centre|center|university|council|office|agency|firm|company)\\b(?!\\s+(?:of|for)\\b)`,
    'iu',
  );
  const beforeRe = new RegExp(
    `(${ROLE})(?:\\s+of\\s+([\\p{Lu}][\\p{L} ,&-]+?))?,?\\s+(?:\\p{Lu}\\p{L}+\\s+)?$`,
    'iu',
  );
  for (const s of ctx.sentences) {
    const hits = sentenceHits(ctx, s);
    const people = hits.filter((h) => h.type === 'Person');
    if (people.length === 0) continue;
    const orgs = hits.filter((h) => h.type === 'Organization');
    for (const p of people) {
      // "Person, director of Org"
      const o = after(orgs, p.end, ['Organization'])[0];
      if (o) {
        const m = afterRe.exec(ctx.clean.slice(p.end, o.start));
        if (m) role(ctx, p.key, o.key, s, m[2] as string, 'role-apposition');
        // "A and B, both lawyers at Org": the role is each one's; "X is a senior correspondent for Org" too.
        if (m?.[1])
          for (const q of coordinated(ctx, people, p))
            role(ctx, q.key, o.key, s, m[2] as string, 'role-apposition');
      }
      // "Tomás Beltrán, a policy analyst at the group": the group named before.
      const back = backRe.exec(ctx.clean.slice(p.end, Math.min(s.end, p.end + 80)));
      const noun = (back?.[3] ?? '').toLowerCase();
      const prior = !back
        ? undefined
        : back[2]
          ? (lastAffiliation(ctx, p.start) ?? antecedent(ctx, p.start, noun))
          : BACK_NOUN.test(noun)
            ? antecedent(ctx, p.start, noun)
            : undefined;
      // "the head of the alliance's legal team" heads the team, not the alliance: WORKS_FOR only.
      const unit =
        back && /^['’]s\s/.test(ctx.clean.slice(p.end + back[0].length, p.end + back[0].length + 3));
      if (back && prior && unit)
        relate(
          ctx,
          'WORKS_FOR',
          p.key,
          prior,
          s,
          'role-at-antecedent',
          0.7,
          (back[1] as string).toLowerCase(),
        );
      else if (back && prior) role(ctx, p.key, prior, s, back[1] as string, 'role-at-antecedent');
      // "Her colleague Joaquín Mendívil": the organisation of the last role read before.
      if (
        /\b(?:his|her|their)\s+colleagues?\s+$/i.test(
          ctx.clean.slice(Math.max(s.start, p.start - 30), p.start),
        )
      ) {
        // The colleague of the person named last before, when that person's organisation is known.
        const prev = ctx.reg.mentions
          .filter((x) => x.end <= p.start && ctx.reg.entities.get(x.entity)?.type === 'Person')
          .sort((a, b) => b.start - a.start)
          .find((x) => x.entity !== p.key);
        const org = prev ? lastAffiliation(ctx, p.start, prev.entity) : undefined;
        if (org) relate(ctx, 'WORKS_FOR', p.key, org, s, 'colleague-of', 0.6, 'colleague');
      }
      if (titledBody(ctx, s, orgs, p)) continue;
      // "Org director Person" / "Title of X, Person"
      const lead = ctx.clean.slice(Math.max(s.start, p.start - 120), p.start);
      const forNoun = ROLE_FOR_NOUN.exec(lead);
      const pointed = forNoun
        ? antecedent(ctx, p.start - forNoun[0].length, (forNoun[2] as string).toLowerCase())
        : undefined;
      if (forNoun && pointed) {
        role(ctx, p.key, pointed, s, forNoun[1] as string, 'role-for-antecedent');
        continue;
      }
      const m = beforeRe.exec(lead);
      if (!m) continue;
      const title = m[1] as string;
      const domain = m[2];
      if (domain) {
        const dk = nameKey(domain);
        const org = orgs.find(
          (x) =>
            nameKey(ctx.reg.entities.get(x.key)?.name ?? '').includes(dk) ||
            ctx.reg.entities.get(x.key)?.aliases.some((a) => nameKey(a).includes(dk)),
        );
        if (org) role(ctx, p.key, org.key, s, `${title}`, 'title-of-domain');
        continue;
      }
      const org = before(hits, p.start, ['Organization']);
      if (org && /^\s*$/.test(ctx.clean.slice(org.end, p.start - m[0].length)))
        role(ctx, p.key, org.key, s, title, 'org-title-person');
      if (/president|prime minister/i.test(title)) {
        const country = dominantCountry(ctx);
        if (country) relate(ctx, 'LEADS', p.key, country, s, 'head-of-state', 0.6, title.toLowerCase());
      }
    }
  }
}

/**
 * "a researcher at the same institute": the organisation of the last affiliation read before `pos`.
 * @example lastAffiliation(ctx, p.start) // key of "Centro de Investigación en Salud Poblacional"
 */
function lastAffiliation(ctx: Ctx, pos: number, person?: string): string | undefined {
  // Only a role read in this sentence or the two before it; a role from further back names someone else.
  const at = ctx.sentences.findIndex((x) => x.end >= pos);
  const from = ctx.sentences[Math.max(0, at - 2)]?.start ?? 0;
  const done = ctx.relations.filter(
    (r) =>
      r.type === 'WORKS_FOR' &&
      r.evidence.start >= from &&
      r.evidence.start <= pos &&
      (person === undefined || r.source === person) &&
      ctx.reg.entities.get(r.target)?.type === 'Organization',
  );
  return done[done.length - 1]?.target;
}

/** Local key of "Government of <most mentioned country>", if the document has one. */
function dominantCountry(ctx: Ctx): string | undefined {
  const counts = new Map<string, number>();
  for (const m of ctx.reg.mentions) {
    const e = ctx.reg.entities.get(m.entity);
    if (e?.type === 'Organization' && /^Government of /.test(e.name))
      counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** "the head of the National Intelligence Directorate (DINI), " / "A spokesman for Orvana Dynamics, ". */
const ROLE_OF_BODY = new RegExp(
  `\\b(${ROLE}(?:\\s+ejecutiv[oa])?)\\s+(?:(?:of|for|at|to)\\s+(?:the\\s+)?|(?:del|de\\s+la|de\\s+los|de\\s+las|de)\\s+)${KIND_NOUN}$`,
  'iu',
);
/** Between the body and the person: an optional "(ACR)", then the comma of the apposition. */
const APPOSED = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*$/;
/** "Atlântida Forensics, whose lead investigator, " / "The Steering Committee's civil society co-chair, ". */
const WHOSE_ROLE = new RegExp(
  `^\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:,\\s+whose|['’]s)\\s+((?:[\\p{Ll}-]+\\s+){0,3}?${ROLE})\\s*,\\s*$`,
  'iu',
);

/**
 * A title naming its body, then the name in apposition: "the head of the X (ACR), Name,", "A spokesman for
 * X, Name, said", "X, whose lead investigator, Name, said", "X's civil society co-chair, Name," → WORKS_FOR
 * with the role (LEADS for heads, CO_CHAIR_OF for co-chairs). True when a relation was drawn.
 */
function titledBody(ctx: Ctx, s: { start: number; end: number }, orgs: Hit[], p: Hit): boolean {
  const o = before(orgs, p.start, ['Organization']);
  if (!o || o.start < s.start) return false;
  const between = ctx.clean.slice(o.end, p.start);
  let title: string | undefined;
  const whose = WHOSE_ROLE.exec(between);
  if (whose) title = whose[1];
  else if (APPOSED.test(between)) {
    const m = ROLE_OF_BODY.exec(ctx.clean.slice(Math.max(s.start, o.start - 80), o.start));
    title = m?.[1];
  }
  if (!title) return false;
  role(ctx, p.key, o.key, s, title, 'title-of-body');
  if (/co-?chair/i.test(title)) relate(ctx, 'CO_CHAIR_OF', p.key, o.key, s, 'title-of-body', 0.7, 'co-chair');
  return true;
}
