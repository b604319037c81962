/**
 * Who wrote the document, told by its head: an author line under the title ("A report by the Centre for
 * Civic Accountability (CCA) and the Harwick Digital Security Lab", "A joint report of X (University of Y)
 * and Z"), a title naming its issuer ("Statement by the Committee on Defence and Security on ...") or a
 * title opening with it ("Select Committee on Communications: Summary of Proceedings"). Each organisation
 * named there AUTHORED the document.
 */
import { hitsIn, relate, type Ctx, type Hit } from '../context.ts';
import { findNames } from '../find/names.ts';
import type { Sentence } from '../text/sentences.ts';

const GENRE =
  '(?:report|study|briefing|brief|paper|analysis|investigation|statement|submission|declaration|communiqu[eé]|press\\s+release)';
/** "A report by", "A joint report of", "Statement by the" at the start of a head line. */
const BY_LINE = new RegExp(
  `^(?:an?\\s+)?(?:(?:joint|new|special|research|technical|policy)\\s+)*${GENRE}\\s+(?:by|of|from)\\s+(?:the\\s+)?`,
  'iu',
);
/** "X: Summary of Proceedings", "X: Statement on ...": the title's body before a genre after the colon. */
const COLON_GENRE =
  /^([^:]{3,100}):\s+(?:(?:a|an|the)\s+)?(?:summary|minutes|record|report|statement|proceedings|communiqu[eé]|press\s+release|submission|resolution)\b/iu;
/** Between two listed organisations: ", ", " and the", " & ". */
const JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/i;

/**
 * The organisations listed from `from` to `end` ("A (ACR), B and the C"), skipping each one's bracketed
 * acronym or parent and a parent named with "of the" ("the X Lab of the University of Y and Z").
 * @example listedOrgs(ctx, s, from) // hits of "Centre for Civic Accountability" and "Harwick Lab"
 */
export function listedOrgs(ctx: Ctx, s: { end: number }, from: number): Hit[] {
  const out: Hit[] = [];
  let at = from;
  for (const h of hitsIn(ctx, from, s.end)) {
    if (h.start < at) continue;
    const gap = ctx.clean.slice(at, h.start);
    if (out.length > 0 && h.type === 'Organization' && /^\s+(?:of|at)\s+(?:the\s+)?$/i.test(gap)) {
      at = h.end;
      continue;
    }
    if (out.length === 0 ? gap.trim() !== '' : !JOIN.test(gap)) break;
    if (h.type !== 'Organization') break;
    out.push(h);
    // "Centre for Civic Accountability (CCA)", "Kilima Lab (University of Nairobi)": the bracket goes with it.
    at = h.end + (/^\s*\([^()]{1,40}\)/.exec(ctx.clean.slice(h.end, s.end))?.[0].length ?? 0);
  }
  return out;
}

function authorLine(ctx: Ctx, s: Sentence): void {
  const raw = ctx.clean.slice(s.start, s.end);
  const lead = raw.length - raw.trimStart().length;
  const line = raw.trim();
  const by = BY_LINE.exec(line);
  const colon = by ? null : COLON_GENRE.exec(line);
  if (!by && !colon) return;
  findNames(ctx, s);
  const from = s.start + lead + (by ? by[0].length : 0);
  const orgs = listedOrgs(ctx, s, from);
  // "X: Summary of Proceedings": the one name must fill what comes before the colon.
  if (colon && (orgs.length !== 1 || (orgs[0] as Hit).end !== s.start + lead + (colon[1] as string).length))
    return;
  for (const o of orgs) relate(ctx, 'AUTHORED', o.key, ctx.doc.id, s, 'author-line', 0.75);
}

/** Author lines among the document's first sentences (its title and the lines right under it). */
export function authorLineRules(ctx: Ctx): void {
  for (const s of ctx.sentences.slice(0, 4)) authorLine(ctx, s);
}

/** Whether `s` is an author line of the document's head, which names the document's own authors. */
export function isAuthorLine(ctx: Ctx, s: { start: number; end: number }): boolean {
  if (!ctx.sentences.slice(0, 4).some((x) => x.start === s.start)) return false;
  return BY_LINE.test(ctx.clean.slice(s.start, s.end).trim());
}

/**
 * A news story's byline names its writer; when the story says the writer works for a media outlet ("Kwesi
 * Mensah is a senior correspondent for The Harmattan Review"), that outlet PUBLISHED the story.
 */
export function writersOutletRules(ctx: Ctx): void {
  if (ctx.doc.kind !== 'article') return;
  const writers = ctx.relations.filter(
    (r) => r.type === 'AUTHORED' && r.target === ctx.doc.id && r.evidence.method === 'byline',
  );
  for (const w of writers) {
    const job = ctx.relations.find(
      (r) =>
        r.type === 'WORKS_FOR' && r.source === w.source && ctx.reg.entities.get(r.target)?.kind === 'media',
    );
    if (job) relate(ctx, 'PUBLISHED', job.target, ctx.doc.id, job.evidence, 'writers-outlet', 0.7);
  }
}
