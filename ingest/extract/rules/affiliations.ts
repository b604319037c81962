/**
 * Affiliations in news style: "lawyers of Y, including its director, X", "Damián Urquidi of the National
 * Institute ...", "the Special Rapporteur ... of the IACHR, Yolanda Sarmiento" (WORKS_FOR/LEADS with role),
 * "Northgate Lab, a research laboratory at the University of Caldera" and "Citizen Lab, a research group at
 * the University of Toronto" (PART_OF), and "President X" (LEADS the government of the document's home
 * country).
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { JOB } from '../find/context.ts';
import { HONORIFIC } from '../find/patterns.ts';
import { isCountry } from '../lexicon.ts';
import { before } from './helpers.ts';
import { homeCountry } from './places.ts';
import { memberRules } from './members.ts';
import { titleRules } from './titles.ts';

const HEAD_ROLE =
  /^(?:(?:executive|managing|general)\s+)?(director|president|head|chair\w*|founder|coordinator)$/i;

/** "lawyers of Y, including its director, X" / "Y's director, X" → X WORKS_FOR (and LEADS) Y. */
function ownRoles(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  for (const p of hits.filter((h) => h.type === 'Person')) {
    const lead = ctx.clean.slice(Math.max(s.start, p.start - 60), p.start);
    const m = /(?:\b(?:its|their)|['’]s?)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+),\s+$/u.exec(lead);
    if (!m) continue;
    const role = (m[1] as string).toLowerCase();
    if (!new RegExp(`^${JOB}$`).test(role)) continue;
    const org = before(hits, p.start - m[0].length + 1, ['Organization']);
    if (!org) continue;
    relate(ctx, 'WORKS_FOR', p.key, org.key, s, 'its-role', 0.7, role);
    if (HEAD_ROLE.test(role)) relate(ctx, 'LEADS', p.key, org.key, s, 'its-role', 0.7, role);
  }
}

/** "Northgate Lab, a research laboratory at the University of Caldera" → PART_OF. */
function parts(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  const orgs = hits.filter((h) => h.type === 'Organization');
  orgs.forEach((o, i) => {
    const next = orgs[i + 1];
    if (!next) return;
    const gap = ctx.clean.slice(o.end, next.start);
    if (
      /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:lab|laboratory|centre|center|unit|program(?:me)?|department|institute|school|office)\s+(?:at|of|within|in)\s+(?:the\s+)?$/u.test(
        gap,
      )
    )
      relate(ctx, 'PART_OF', o.key, next.key, s, 'unit-of', 0.75);
    // "the Citizen Lab, a research group at the University of Toronto": a group or team of a research body.
    if (
      /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|team|project|initiative)\s+(?:at|of|within|in|based\s+at)\s+(?:the\s+)?$/u.test(
        gap,
      ) &&
      ctx.reg.entities.get(next.key)?.kind === 'research'
    )
      relate(ctx, 'PART_OF', o.key, next.key, s, 'group-at', 0.7);
    // "the Nutrition Policy Unit at the National Institute of ...", "Citizen Lab at the University of Toronto"
    const unit = /\b(?:unit|lab|laboratory|department|division|programme|program|school|faculty|office)$/i;
    if (unit.test(ctx.reg.entities.get(o.key)?.name ?? '') && /^\s+(?:at|of|within)\s+(?:the\s+)?$/.test(gap))
      relate(ctx, 'PART_OF', o.key, next.key, s, 'unit-at', 0.7);
  });
}

/** What separates two people in a list: "A, B and C", "A and Dr. B". */
const LIST_GAP = new RegExp(`^(?:,\\s+(?:and\\s+)?|\\s+and\\s+)${HONORIFIC}$`);

const TITLE_OF =
  /\b((?:(?:special|deputy|vice|executive|general)\s+)*(?:rapporteur|commissioner|president|director|secretary|chair\w*|coordinator|head|spokes\w+)\b[^,;]{0,80}?)\s+of\s+(?:the\s+)?$/iu;

/** "Damián Urquidi of the National Institute" and "the Special Rapporteur ... of the IACHR, Yolanda Sarmiento". */
function affiliations(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    if (
      h.type === 'Person' &&
      next?.type === 'Organization' &&
      /^\s+of\s+(?:the\s+)?$/.test(ctx.clean.slice(h.end, next.start))
    ) {
      relate(ctx, 'WORKS_FOR', h.key, next.key, s, 'person-of-org', 0.7);
      // "Chisomo Banda and Thandi Phiri of the CCA": every person of the list the affiliation closes.
      for (let j = i - 1, after = h; j >= 0; j--) {
        const p = hits[j] as Hit;
        if (p.type !== 'Person' || !LIST_GAP.test(ctx.clean.slice(p.end, after.start))) break;
        relate(ctx, 'WORKS_FOR', p.key, next.key, s, 'people-of-org', 0.65);
        after = p;
      }
    }
    if (h.type !== 'Organization' || next?.type !== 'Person') return;
    if (!/^,\s+$/.test(ctx.clean.slice(h.end, next.start))) return;
    const m = TITLE_OF.exec(ctx.clean.slice(Math.max(s.start, h.start - 120), h.start));
    if (!m) return;
    const role = (m[1] as string).replace(/\s+/g, ' ').toLowerCase();
    relate(ctx, 'WORKS_FOR', next.key, h.key, s, 'title-of-org-person', 0.7, role);
    if (HEAD_ROLE.test(role)) relate(ctx, 'LEADS', next.key, h.key, s, 'title-of-org-person', 0.65, role);
  });
}

/** "President Arturo Benavides" → LEADS the government of the document's home country. */
function presidents(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  for (const p of hits.filter((h) => h.type === 'Person')) {
    if (!/\bPresident\s+$/.test(ctx.clean.slice(Math.max(s.start, p.start - 12), p.start))) continue;
    const country = homeCountry(ctx) ?? cityCountry(ctx);
    if (!country) return;
    const gov = ctx.reg.addName('Organization', `Government of ${country}`, {
      kind: 'government',
      noMention: true,
    });
    relate(ctx, 'LEADS', p.key, gov, s, 'head-of-state', 0.6, 'president');
  }
}

/** Country named by a place such as "Mexico City" when no country is mentioned alone. */
function cityCountry(ctx: Ctx): string | undefined {
  for (const e of ctx.reg.entities.values()) {
    const first = e.type === 'Place' ? e.name.split(' ')[0] : undefined;
    if (first && first !== e.name && isCountry(first)) return first;
  }
  return undefined;
}

/** All affiliation rules over one sentence's mentions. */
export function affiliationRules(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  ownRoles(ctx, s, hits);
  parts(ctx, s, hits);
  affiliations(ctx, s, hits);
  presidents(ctx, s, hits);
  titleRules(ctx, s, hits);
  memberRules(ctx, s, hits);
}
