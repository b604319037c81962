/**
 * Relations about a technology the sentence does not name, only refers to ("the spyware", "its malware"),
 * read as the document's main technology: "the spyware, which is made by the Israeli firm NSO Group" and
 * "NSO Group's malware" → DEVELOPED (a company); "the Mexican government's spyware" → USED (a government);
 * "The New York Times reports that the government's spyware targeted ..." → REPORTED_ON (media, research).
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { after, before, sentenceHits } from './helpers.ts';
import { mainTechnology } from './news.ts';

const NOUN = '(?:spyware|malware|surveillance\\s+(?:tool|software|system)|hacking\\s+tool|software|tool)';
/** "the spyware, which is made by the Israeli firm" (the maker follows). */
const WHICH_MADE = new RegExp(
  `\\b(?:the|this)\\s+${NOUN}\\s*,?\\s+(?:which|that)\\s+(?:is|was|are|were|had\\s+been|has\\s+been)\\s+(?:\\w+\\s+)?(?:made|developed|built|manufactured|produced|sold|marketed)\\s+(?:[^.;]{0,60}?\\s+)?by\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}$`,
  'iu',
);
/** "The spyware was sold to at least three agencies by NSO Group". */
const SOLD_BY = new RegExp(
  `\\b(?:the|this)\\s+${NOUN}\\s+(?:was|were|had\\s+been|has\\s+been)\\s+(?:made|developed|built|sold|marketed)\\b[^.;]{0,80}?\\s+by\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}$`,
  'iu',
);
/** "NSO Group's malware" / "the government's spyware": owner, then the reference. */
const OWNS = new RegExp(`^['’]s\\s+(?:own\\s+)?(?:[\\p{Ll}-]+\\s+)?${NOUN}\\b`, 'iu');
const REPORTS =
  /^\s+(?:reports?|reported|revealed|reveals|showed|shows|found|finds|documented|documents|confirmed|confirms)\s+that\b/i;

function owners(ctx: Ctx, s: Sentence, hits: Hit[], tech: string): void {
  for (const o of hits.filter((h) => h.type === 'Organization')) {
    if (!OWNS.test(ctx.clean.slice(o.end, o.end + 40)) || !/['’]/.test(ctx.text.slice(o.end, o.end + 2)))
      continue;
    const kind = ctx.reg.entities.get(o.key)?.kind;
    if (kind === 'company') relate(ctx, 'DEVELOPED', o.key, tech, s, 'owner-of-reference', 0.7);
    else if (kind === 'government') relate(ctx, 'USED', o.key, tech, s, 'owner-of-reference', 0.6);
  }
}

function makers(ctx: Ctx, s: Sentence, hits: Hit[], tech: string): void {
  for (const o of hits.filter((h) => h.type === 'Organization')) {
    const lead = ctx.clean.slice(Math.max(s.start, o.start - 200), o.start);
    if (WHICH_MADE.test(lead) || SOLD_BY.test(lead))
      relate(ctx, 'DEVELOPED', o.key, tech, s, 'maker-of-reference', 0.75);
  }
}

function reporters(ctx: Ctx, s: Sentence, hits: Hit[], tech: string, body: string): void {
  if (
    !new RegExp(
      `\\b(?:the|its|their|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:[\\p{L}-]+['’]s\\s+)?${NOUN}\\b`,
      'iu',
    ).test(body)
  )
    return;
  for (const o of hits.filter((h) => h.type === 'Organization')) {
    const kind = ctx.reg.entities.get(o.key)?.kind;
    if (kind !== 'media' && kind !== 'research') continue;
    const m = REPORTS.exec(ctx.clean.slice(o.end, s.end));
    if (!m) continue;
    // The reporter is the subject: nothing but the sentence's opening (and a date) before it.
    if (before(hits, o.start, ['Organization', 'Person'])) continue;
    if (after(hits, o.end, ['Technology'], o.end + m[0].length + 80).length > 0) continue;
    relate(ctx, 'REPORTED_ON', o.key, tech, s, 'report-reference', 0.65);
  }
}

export function makerRules(ctx: Ctx): void {
  const tech = mainTechnology(ctx);
  if (!tech) return;
  for (const s of ctx.sentences) {
    const hits = sentenceHits(ctx, s);
    if (hits.some((h) => h.type === 'Technology')) continue;
    const body = ctx.clean.slice(s.start, s.end);
    if (!new RegExp(NOUN, 'i').test(body)) continue;
    owners(ctx, s, hits, tech);
    makers(ctx, s, hits, tech);
    reporters(ctx, s, hits, tech, body);
  }
}
