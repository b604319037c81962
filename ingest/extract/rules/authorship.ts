/**
 * Authorship. Front matter: "Authors: A and B, researchers at X, with C of Y", "Prepared by X", "Written
 * by A" → AUTHORED (and WORKS_FOR from the credit list); "Published by X, August 2017" / "This report was
 * published by X in Toronto" → PUBLISHED. Running text: "X (who) drafted / wrote / authored / prepared the
 * <Document>" → AUTHORED; "X published / issued / released the <Document>" → PUBLISHED.
 */
import { relate, type Ctx } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { parseCredits } from './credits.ts';
import { after, before, sentenceHits } from './helpers.ts';
import { classifyName } from '../find/classify.ts';
import { isPlaceName } from '../lexicon.ts';
import { addOrg, orgShape, titled } from './signature-lines.ts';

const VERB =
  /\b(?:who |which |that )?(drafted|wrote|authored|prepared|published|issued|released|launched)\s+(?:a |an |the |its |their )?/gi;
const CREDIT =
  /^(?:(?:lead|main|principal|co-?)\s*authors?|with contributions (?:from|by)|contributors?|interview(?:ed)? by|posted(?:\s+on\s+[\p{L}\d ,]{4,30}?)?\s+by|interviews? and text by|authors?|written by|prepared by|compiled by|research(?:ed)?(?: and writing)? by|research and writing|researchers?|coordinated by|edited by|autor(?:es|as|a)?|elaborado por|redactado por|investigaci[oó]n y redacci[oó]n)\s*:?\s+(?=(?:the\s+)?\p{Lu})/iu;
const PUBLISHER =
  /^(?:(?:this|the)\s+(?:\p{Ll}+\s+)?(?:report|study|summary|paper|document|brief|briefing|analysis|investigation|publication)\s+(?:was|is|has been)\s+)?(?:published|issued|released|produced|publicad[oa]|editad[oa])\s+(?:by|por)\s+(?:the\s+)?(?=\p{Lu})/iu;

/** A cover label naming the author: "HARBOUR LAB RESEARCH REPORT NO. 12", "Citizen Lab Report". */
const LABEL =
  /^(.{2,60}?)\s+(?:(?:research|technical|policy|special|annual)\s+)?(?:report|brief|briefing|paper|working paper)\b(?:\s+(?:no\.?|number|#)\s*\d+)?\s*$/iu;

function coverLabel(ctx: Ctx, s: Sentence): void {
  const raw = ctx.clean.slice(s.start, s.end);
  const m = LABEL.exec(raw.trim());
  if (!m || !s.block) return;
  const name = titled(m[1] as string);
  if (classifyName(name.split(/\s+/))?.type !== 'Organization') return;
  const from = s.start + raw.length - raw.trimStart().length;
  const org = addOrg(ctx, from, from + (m[1] as string).length);
  if (org) relate(ctx, 'AUTHORED', org, ctx.doc.id, s, 'cover-label', 0.75);
}

/** Whether a name starts at `at` of `line`: a capital, perhaps after "the" ("Prepared by the Lab ..."). */
export function capitalAt(line: string, at: number): boolean {
  const re = /(?:the\s+)?\p{Lu}/uy;
  re.lastIndex = at;
  return re.test(line);
}

/** Offset where a credit list on [s] ends, taking in the next line when a PDF wrapped a name across it. */
function creditEnd(ctx: Ctx, s: Sentence, next: Sentence | undefined): number {
  const line = ctx.clean.slice(s.start, s.end).trimEnd();
  if (!next || next.line !== s.line + 1 || !next.block || line.length < 60) return s.end;
  return /(?:^|[,;]|\band|\bwith)\s+\p{Lu}[\p{Ll}'’-]+$/u.test(line) ? next.end : s.end;
}

/** A site or report footer: "© 2017 Red Ciudadana Lumen", "Copyright (c) 2017 Harbour Lab. All rights reserved." */
const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(?:the\s+)?/iu;

/** The owner of a copyright footer PUBLISHED the document. */
function copyright(ctx: Ctx, s: Sentence, line: string, lead: number): boolean {
  const m = COPYRIGHT.exec(line);
  if (!m || m[0].trim() === '' || !capitalAt(line, m[0].length) || line.length > 120) return false;
  const from = s.start + lead + m[0].length;
  const rest = ctx.clean.slice(from, s.end);
  const stop = /[.,|]|\s+all rights\b|\s*$/iu.exec(rest);
  const org = addOrg(ctx, from, from + (stop ? stop.index : rest.length));
  if (org) relate(ctx, 'PUBLISHED', org, ctx.doc.id, s, 'copyright-line', 0.7);
  return true;
}

/** "the documentation team of Fundación Kuxtal": a unit of the organisation that is credited. */
const TEAM_OF =
  /^(?:the\s+|our\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:team|unit|staff|department|desk|programme|program|area|office)\s+(?:of|at|from)\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * The segments of a head line set apart by " · " or " | " ("Red Lumen · 9 August 2017 · Interview by X"),
 * each read as a line of its own; a line without separators is one segment.
 */
function segments(ctx: Ctx, s: Sentence): Sentence[] {
  const raw = ctx.clean.slice(s.start, s.end);
  const out: Sentence[] = [];
  let at = 0;
  for (const m of raw.matchAll(/\s+[·|]\s+/g)) {
    out.push({ ...s, start: s.start + at, end: s.start + (m.index as number) });
    at = (m.index as number) + m[0].length;
  }
  out.push({ ...s, start: s.start + at, end: s.end });
  return out;
}

/** "Fundación Acceso Libre — Annual Report 2023": a title line whose parts a spaced dash sets apart. */
function dashSegments(ctx: Ctx, s: Sentence): Sentence[] {
  const raw = ctx.clean.slice(s.start, s.end);
  const m = /\s+[—–]\s+/.exec(raw);
  if (!m) return [s];
  return [
    { ...s, end: s.start + m.index },
    { ...s, start: s.start + m.index + m[0].length },
  ];
}

const NEWS_SECTION =
  /^(?:investigations?|news|opinion|analysis|features?|politics|world|national|international|investigaci[oó]n|noticias|opini[oó]n|an[aá]lisis|pol[ií]tica|nacionales?|internacionales?)$/i;

/**
 * "Org (ACR) · Annual Report 2017 · Published 3 October 2017", "La Voz del Istmo · Investigations": the
 * organisation heading a publication line (dated, a report, or a news section) published the document.
 */
function headerPublisher(ctx: Ctx, s: Sentence, parts: Sentence[]): void {
  if (parts.length < 2 || !s.block) return;
  const said = (p: Sentence) => ctx.clean.slice(p.start, p.end).trim();
  // "La Voz del Istmo · Investigations": a news section after the name says the name is an outlet's.
  const section = parts.length === 2 && NEWS_SECTION.test(said(parts[1] as Sentence));
  if (
    !parts.some((p) =>
      /^(?:published|issued|released|publicado|interview(?:ed)? by)\b|\b(?:report|bulletin|brief|summary)\b/i.test(
        said(p),
      ),
    ) &&
    !section
  )
    return;
  const first = parts[0] as Sentence;
  const raw = ctx.clean.slice(first.start, first.end);
  const lead = raw.length - raw.trimStart().length;
  if (
    !capitalAt(raw.trim(), 0) ||
    (section
      ? !orgShape(raw.trim()) || isPlaceName(raw.trim())
      : classifyName(titled(raw.trim().replace(/\s*\([^()]*\)$/, '')).split(/\s+/))?.type !== 'Organization')
  )
    return;
  const org = section
    ? ctx.reg.add('Organization', first.start + lead, first.start + raw.trimEnd().length, { kind: 'media' })
    : addOrg(ctx, first.start + lead, first.start + raw.trimEnd().length);
  if (org) relate(ctx, 'PUBLISHED', org, ctx.doc.id, s, 'header-publisher', 0.7);
}

/** Credit and publisher lines; runs before names are found in running text. */
export function frontMatterRules(ctx: Ctx): void {
  ctx.sentences.forEach((whole, i) => {
    const parts = i < 8 ? segments(ctx, whole) : [whole];
    if (i < 8) headerPublisher(ctx, whole, parts.length > 1 ? parts : dashSegments(ctx, whole));
    for (const s of parts) frontMatterLine(ctx, s, i, parts.length === 1 ? ctx.sentences[i + 1] : undefined);
  });
}

function frontMatterLine(ctx: Ctx, s: Sentence, i: number, next: Sentence | undefined): void {
  {
    const raw = ctx.clean.slice(s.start, s.end);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (i < 6) coverLabel(ctx, s);
    const credit = i < 40 ? CREDIT.exec(line) : null;
    const team = credit ? TEAM_OF.exec(line.slice(credit[0].length)) : null;
    if (credit && team && /^(?:prepared|compiled|written|coordinated|edited|research)/i.test(line)) {
      const from = s.start + lead + credit[0].length + team[0].length;
      const rest = ctx.clean.slice(from, s.end);
      const stop = /,|\s+(?:in|on)\s+(?=\p{Lu}|\d)|\.?\s*$/u.exec(rest);
      const org = addOrg(ctx, from, from + (stop ? stop.index : rest.length));
      if (org) relate(ctx, 'AUTHORED', org, ctx.doc.id, s, 'credit-team', 0.75);
      return;
    }
    // The lookahead's \p{Lu} folds case under /i: "Researchers at Lakeside Lab, including A and B, spoke" is
    // a sentence, not a credit label, so the list must really start with a capital (or "the" and a capital).
    if (credit && capitalAt(line, credit[0].length)) {
      const end = creditEnd(ctx, s, next);
      const ev = { start: s.start, end };
      // "Interview by Dimas Prasetyo.": the full stop that ends the line ends the last name before it
      let last = end;
      while (last > s.start && /[.\s]/.test(ctx.clean[last - 1] ?? '')) last--;
      const got = parseCredits(ctx, s.start + lead + credit[0].length, last);
      for (const c of got.people) {
        relate(ctx, 'AUTHORED', c.person, ctx.doc.id, ev, 'credit-line', 0.85);
        if (c.org) relate(ctx, 'WORKS_FOR', c.person, c.org, ev, 'credit-line', 0.8, c.role);
      }
      for (const o of got.orgs) relate(ctx, 'AUTHORED', o, ctx.doc.id, ev, 'credit-line', 0.8);
      return;
    }
    if (copyright(ctx, s, line, lead)) return;
    const pub = PUBLISHER.exec(line);
    if (!pub || !capitalAt(line, pub[0].length)) return;
    const from = s.start + lead + pub[0].length;
    const rest = ctx.clean.slice(from, s.end);
    const stop = /,|\s+(?:in|on|at|en)\s+(?=\p{Lu}|\d)|\s+\(|\.?\s*$/u.exec(rest);
    const org = addOrg(ctx, from, from + (stop ? stop.index : rest.length));
    if (org) relate(ctx, 'PUBLISHED', org, ctx.doc.id, s, 'publisher-line', 0.8);
  }
}

/** Verbs with which an organisation issues a statement in its own name: "OLAVI condemns the use of ...". */
const ISSUES =
  /^\s+(?:strongly\s+|firmly\s+|today\s+)?(?:condemns|denounces|rejects|welcomes|deplores|calls on|calls for|urges|demands|expresses|reiterates|announces|repudia|condena|exige|rechaza|manifiesta)\b/iu;

/** A sentence that is only a place and a date ("Quito, 7 de octubre de 2022."). */
const DATELINE_ONLY = /^[\s*_]*\p{Lu}[\p{L} .'-]{1,40},\s+[^.]{0,12}\d[^.]{0,30}\.[\s*_]*$/u;
/** ", junto con A y B," / ", together with A and B," between an issuer and its verb. */
export const ALONG_WITH =
  /^\s*(?:\([^()]{1,20}\))?\s*,\s+(?:junto\s+(?:con|a)|together\s+with|along\s+with|alongside|in\s+partnership\s+with)\s+[^.;:]{2,200}?,(?=\s+\p{Ll})/u;

/**
 * The issuer of a statement or press release that names no author, signer or outlet: the organisation that
 * opens its first body paragraph as the subject of an issuing verb ("OLAVI condemns the use of Pegasus ...").
 */
export function issuer(ctx: Ctx): void {
  if (ctx.doc.kind !== 'statement' && ctx.doc.kind !== 'press_release') return;
  const doc = ctx.doc.id;
  const credited = (r: { type: string; target: string }): boolean =>
    r.target === doc && (r.type === 'AUTHORED' || r.type === 'PUBLISHED' || r.type === 'SIGNED');
  if (ctx.relations.some(credited)) return;
  // "**Quito, 7 de octubre de 2022.** La Fundación X ... exige": a dateline sentence opens no paragraph.
  const body = ctx.sentences.find((s) => {
    const t = ctx.clean.slice(s.start, s.end);
    return !s.block && /[.!?]\s*$/.test(t) && !DATELINE_ONLY.test(t);
  });
  if (!body) return;
  const raw = ctx.clean.slice(body.start, body.end);
  const lead = /^\s*(?:(?:the|la|el|los|las)\s+)?/iu.exec(raw)?.[0].length ?? 0;
  const first = sentenceHits(ctx, body).find((h) => h.start === body.start + lead);
  if (first?.type !== 'Organization') return;
  // "La Fundación X, junto con la Red Y (RAC) y el Observatorio Z, exige ...": X issues it.
  const rest = ctx.clean.slice(first.end, body.end);
  const along = ALONG_WITH.exec(rest)?.[0].length ?? 0;
  if (!ISSUES.test(rest.slice(along))) return;
  relate(ctx, 'PUBLISHED', first.key, doc, body, 'statement-issuer', 0.65);
}

/** "the Interception Bill, drafted by the Ministry of X": the document named before the participle. */
const WRITTEN_BY = /\b(?:drafted|written|authored|prepared)\s+by\s+(?:the\s+)?/gi;
const NAMED_DOC = /[*_"”’]*\s*,\s+(?:which\s+(?:was|were|had\s+been)\s+)?$/;

function writtenBy(ctx: Ctx, s: Sentence, body: string): void {
  for (const m of body.matchAll(WRITTEN_BY)) {
    const at = s.start + (m.index as number);
    const hits = sentenceHits(ctx, s);
    const doc = before(hits, at, ['Document']);
    const who = after(hits, at + m[0].length, ['Organization', 'Person'])[0];
    if (!doc || !who || who.start !== at + m[0].length) continue;
    if (!NAMED_DOC.test(ctx.clean.slice(doc.end, at))) continue;
    relate(ctx, 'AUTHORED', who.key, doc.key, s, 'written-by', 0.75);
  }
}

export function authorshipRules(ctx: Ctx): void {
  issuer(ctx);
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    writtenBy(ctx, s, body);
    const re = new RegExp(VERB.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const at = s.start + m.index;
      const hits = sentenceHits(ctx, s);
      const doc = after(hits, at + m[0].length - 1, ['Document'], at + m[0].length + 4)[0];
      const who = before(hits, at, ['Organization', 'Person']);
      if (!doc || !who) continue;
      if (!/^[\s)(,]*$/.test(ctx.clean.slice(who.end, at))) continue;
      const type = /publish|issue|release|launch/i.test(m[1] as string) ? 'PUBLISHED' : 'AUTHORED';
      relate(ctx, type, who.key, doc.key, s, 'author-verb', 0.75);
    }
  }
}
