/**
 * Relations in news and statement style, where the technology or the actor is often only implied:
 * "Among those targeted were A, a news anchor at X; B; and C" (the document's main technology targeted
 * them), "Kestrel, a spyware product that the company Halvard Systems sells" (DEVELOPED), "Two experts,
 * A and B, today urged the Government" (each person CALLED_ON), "The report, prepared with A, B and C"
 * (the report's author COLLABORATED_WITH each).
 * Affiliations (roles, units, presidents) live in affiliations.ts.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { isCommonWord } from '../lexicon.ts';
import { affiliationRules } from './affiliations.ts';
import { after, before, sentenceHits } from './helpers.ts';

const TARGET_CUE =
  /\b(targeted|targets?|targeting|infect\w*|spied|spy(?:ing)? on|hack(?:ed|ing)?|victims?|phones? received)\b|\b(received|were sent|got)\s+(?:[\p{L}-]+\s+){0,4}?(messages|texts|sms|links)\b|\b(messages|texts|sms|links)\b[^.;]{0,80}?\b(?:was|were|had been|been)\s+sent\s+to\b/iu;
const CALL = /\b(?:today\s+)?(?:urged|urges|called (?:on|upon)|calls (?:on|upon)|demanded|asked)\b/i;
/** ", a researcher at the same institute, said" / ", who directs X, said": the person is the speaker. */
const SPEAKER_APPOSITIVE =
  /^,\s[^.;"“”]{0,160}?,\s+(?:said|says|told|added|warned|explained|noted|argued|stated)\b/i;
/** "NSO Group, the Israeli company that sells the Pegasus spyware". */
const COMPANY_THAT =
  /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:company|firm|vendor|maker|developer|manufacturer|group|business)\s+(?:that|which)\s+(?:sells|sold|makes|made|develops|developed|markets|marketed|builds|built|created)\s+(?:the\s+|its\s+)?$|^,\s+(?:which|that)\s+(?:sells|makes|develops|developed|markets|built|created)\s+(?:the\s+|its\s+)?(?:[\p{Ll}-]+\s+)?$/iu;
const SELL = /^\s+(?:sells|sold|develops|developed|makes|made|markets|marketed|built|builds|created)\b/i;

const GENERIC_TECH = /^(?:surveillance|spyware|malware|software|technology|tools?)$/i;

/** The technology mentioned most in the document, if any. */
export function mainTechnology(ctx: Ctx): string | undefined {
  const counts = new Map<string, number>();
  for (const m of ctx.reg.mentions) {
    const e = ctx.reg.entities.get(m.entity);
    // A heading word read as a name ("SURVEILLANCE SOFTWARE") is no technology to attach facts to.
    if (e?.type === 'Technology' && !isCommonWord(e.name) && !GENERIC_TECH.test(e.name))
      counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** A person who speaks or demands in the sentence rather than being its object. */
export function isSpeaker(ctx: Ctx, s: { start: number; end: number }, p: Hit): boolean {
  const near = ctx.clean.slice(Math.max(s.start, p.start - 60), Math.min(s.end, p.end + 40));
  if (/\b(said|says|told|added)\b/i.test(near)) return true;
  // "Marisol Ybarra, a professor at the X institute in Y, said ...": an appositive between name and verb.
  if (SPEAKER_APPOSITIVE.test(ctx.clean.slice(p.end, s.end))) return true;
  // "according to Ana López" makes her the source; "sent to Ana López, according to a report" does not.
  if (/\baccording to\s+(?:\S+\s+){0,3}$/i.test(ctx.clean.slice(Math.max(s.start, p.start - 60), p.start)))
    return true;
  // "Researchers at Lakeside Lab, including Ana Ruiz and Luis Gómez, spoke ...": staff named as sources.
  const lead = ctx.clean.slice(Math.max(s.start, p.start - 160), p.start);
  if (STAFF_LIST.test(lead) || SPOKE_AFTER.test(ctx.clean.slice(p.end, Math.min(s.end, p.end + 80))))
    return true;
  const call = CALL.exec(ctx.clean.slice(s.start, s.end));
  return call !== null && p.end <= s.start + call.index;
}

/** "Researchers at X, including A and" / "experts from X such as": the people listed are the group's staff. */
const STAFF_LIST =
  /\b(?:researchers|experts|investigators|analysts|scientists|technologists)\s+(?:at|of|from|with)\s+[^.;]{2,80}?,?\s+(?:including|such as|among them)\s+(?:[^.;]{0,60}?(?:,|\band)\s+)?$/i;
/** "A and B, spoke at the press conference": the names are the subject of a verb of speaking or describing. */
const SPOKE_AFTER =
  /^(?:\s*(?:,|and)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*,?\s+(?:spoke|described|explained|presented|testified|showed|demonstrated|briefed)\b/u;

function targets(ctx: Ctx, s: { start: number; end: number }, hits: Hit[], body: string): void {
  if (hits.some((h) => h.type === 'Technology') || !TARGET_CUE.test(body)) return;
  const tech = mainTechnology(ctx);
  if (!tech) return;
  for (const p of hits.filter((h) => h.type === 'Person' && !isSpeaker(ctx, s, h)))
    relate(ctx, 'TARGETED', tech, p.key, s, 'implied-technology-target', 0.65);
}

function sellers(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  for (const t of hits.filter((h) => h.type === 'Technology')) {
    for (const o of after(hits, t.end, ['Organization'])) {
      if (o.start - t.end > 160) break;
      if (
        SELL.test(ctx.clean.slice(o.end, o.end + 20)) &&
        /\b(?:that|which)\b/i.test(ctx.clean.slice(t.end, o.start))
      )
        relate(ctx, 'DEVELOPED', o.key, t.key, s, 'company-sells', 0.8);
    }
    const o = before(hits, t.start, ['Organization']);
    const gap = o ? ctx.clean.slice(o.end, t.start) : '';
    if (o && ((SELL.test(gap) && t.start - o.end < 40) || COMPANY_THAT.test(gap)))
      relate(ctx, 'DEVELOPED', o.key, t.key, s, 'company-sells', 0.8);
    const made = before(hits, t.start, ['Organization']);
    if (
      made &&
      /^,\s+(?:the\s+)?(?:maker|developer|manufacturer|vendor|seller)\s+of\s+(?:the\s+)?$/i.test(
        ctx.clean.slice(made.end, t.start),
      )
    )
      relate(ctx, 'DEVELOPED', made.key, t.key, s, 'maker-of', 0.85);
    const maker = after(hits, t.end, ['Organization'])[0];
    if (
      maker &&
      /^,\s+(?:made|developed|built|sold|produced)\s+by\s+(?:the\s+)?$/i.test(
        ctx.clean.slice(t.end, maker.start),
      )
    )
      relate(ctx, 'DEVELOPED', maker.key, t.key, s, 'developed-by', 0.85);
  }
}

const PLURAL_SUBJECT =
  /^\W*(?:the\s+)?(?:two\s+|three\s+|independent\s+|un\s+)*(experts|rapporteurs|signatories|they)\s+(?:today\s+|also\s+|further\s+)?$/i;

/** "The experts called on X": the people who called on someone earlier in the document, else the document. */
function pluralCallers(
  ctx: Ctx,
  s: { start: number; end: number },
  hits: Hit[],
  at: number,
  len: number,
): void {
  if (!PLURAL_SUBJECT.test(ctx.clean.slice(s.start, at))) return;
  const objects = after(hits, at + len, ['Organization', 'Person']).slice(0, 3);
  const earlier = ctx.relations.filter((r) => r.type === 'CALLED_ON' && r.evidence.start < s.start);
  const people = [...new Set(earlier.map((r) => r.source))].filter(
    (k) => ctx.reg.entities.get(k)?.type === 'Person',
  );
  for (const o of objects)
    for (const p of people.length > 0 ? people : [ctx.doc.id])
      relate(ctx, 'CALLED_ON', p, o.key, s, 'plural-subject-call', 0.6);
}

function callers(ctx: Ctx, s: { start: number; end: number }, hits: Hit[], body: string): void {
  const call = CALL.exec(body);
  if (!call) return;
  const at = s.start + call.index;
  pluralCallers(ctx, s, hits, at, call[0].length);
  const people = hits.filter((h) => h.type === 'Person' && h.end <= at);
  if (people.length < 2) return;
  const lead = ctx.clean.slice(s.start, at);
  if (/\b(said|according to)\b/i.test(lead)) return;
  const clause = ctx.clean.slice(at + call[0].length, s.end);
  const stop = /\s(to|that)\s+\p{Ll}|[;:]/u.exec(clause);
  const end = stop ? at + call[0].length + stop.index : s.end;
  const objects = after(hits, at, ['Organization', 'Person'], end);
  for (const p of people)
    for (const o of objects.slice(0, 3)) relate(ctx, 'CALLED_ON', p.key, o.key, s, 'people-call', 0.7);
}

function collaborators(ctx: Ctx, s: { start: number; end: number }, hits: Hit[], body: string): void {
  const m =
    /\breport\w*,?\s+(?:\w+\s+)?(?:prepared|produced|written|conducted)\s+(?:jointly\s+)?with\b/i.exec(
      body,
    ) ??
    /^\W*(?:this|the|our)\s+(?:research|investigation|study|analysis|work)\s+was\s+(?:carried\s+out|conducted|done|prepared|undertaken)\s+(?:together\s+with|jointly\s+with|in\s+(?:collaboration|partnership)\s+with)\b/i.exec(
      body,
    );
  if (!m) return;
  const byOrg = ctx.relations.find(
    (r) =>
      (r.type === 'AUTHORED' || r.type === 'PUBLISHED') &&
      r.target === ctx.doc.id &&
      ctx.reg.entities.get(r.source)?.type === 'Organization',
  )?.source;
  const authoredBy = ctx.relations.find((r) => r.type === 'AUTHORED')?.source;
  // "The research was carried out together with A": the body that did the research, not its writers.
  const authored = byOrg ?? (m.index === 0 || /^\W*(?:this|the|our)\s/i.test(m[0]) ? undefined : authoredBy);
  // The research body named first in the document (the one the report speaks for).
  const research = [...ctx.reg.mentions]
    .sort((a, b) => a.start - b.start)
    .map((x) => ctx.reg.entities.get(ctx.reg.live(x.entity)))
    .find((e) => e?.type === 'Organization' && e.kind === 'research');
  const author = authored ?? research?.key ?? authoredBy;
  if (!author) return;
  for (const o of after(hits, s.start + m.index + m[0].length, ['Organization']))
    relate(ctx, 'COLLABORATED_WITH', author, o.key, s, 'report-prepared-with', 0.75);
}

export function newsRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const hits = sentenceHits(ctx, s);
    if (hits.length === 0) continue;
    const body = ctx.clean.slice(s.start, s.end);
    targets(ctx, s, hits, body);
    sellers(ctx, s, hits);
    callers(ctx, s, hits, body);
    collaborators(ctx, s, hits, body);
    affiliationRules(ctx, s, hits);
  }
}
