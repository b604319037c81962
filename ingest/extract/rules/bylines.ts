/**
 * News bylines and datelines in the head of a document: "By Name[, Name and Name][, staff reporter]",
 * "*By Name, staff reporter — Mexico City, 30 May 2017*", "Name | Reuters", "Name, Special correspondent"
 * give AUTHORED (person → document), an outlet named beside the author PUBLISHED the document, and a
 * dateline ("GENEVA, 23 June 2017 —", "MEXICO CITY (Reuters) -") names a Place.
 */
import { relate, type Ctx } from '../context.ts';
import { isPlaceName } from '../lexicon.ts';
import { findDates } from '../text/dates.ts';
import type { Sentence } from '../text/sentences.ts';
import { capitalAt } from './authorship.ts';
import { parseCredits } from './credits.ts';
import { addOrg, orgShape, personShape } from './signature-lines.ts';

const BY = /^[*_]{0,2}(?:by|por|written by|reporting by)\s+(?=\p{Lu})/iu;
const JOURNALIST =
  /\b(correspondent|reporter|writer|editor|journalist|columnist|contributor|staff|corresponsal|reportera?|periodista|redacci[oó]n)\b/i;
const DATELINE =
  /^\(?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?))?\)?\s*(?:\((\p{Lu}[\p{L} .&]{1,30})\))?\s*(?:,\s*|\s+[-–—]\s+)/u;

/** Initials of a name's capitalised words: "Associated Press" → "AP", "Agence France-Presse" → "AFP". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** The agency of a dateline, a media organisation; "(AP)" joins "Associated Press" named in the same document. */
function agencyOrg(ctx: Ctx, at: number, name: string): string {
  const key = ctx.reg.add('Organization', at, at + name.length, { kind: 'media' });
  if (/^\p{Lu}{2,5}$/u.test(name)) {
    const full = [...ctx.reg.entities.values()].filter(
      (e) =>
        e.key !== key &&
        e.type === 'Organization' &&
        e.aliases.some((a) => a.includes(' ') && initials(a) === name),
    );
    if (full.length === 1 && full[0]) {
      ctx.reg.merge(full[0].key, key);
      ctx.reg.setAcronym(full[0].key, name);
    }
  }
  const org = ctx.reg.live(key);
  const e = ctx.reg.entities.get(org);
  if (e) e.kind = 'media';
  return org;
}

/** A dateline city at [start, …): a place, or an upper-case word before a date or an agency. */
function dateline(ctx: Ctx, s: Sentence, start: number): void {
  const rest = ctx.clean.slice(start, s.end);
  const m = DATELINE.exec(rest);
  if (!m) return;
  const city = m[1] as string;
  const after = rest.slice(m[0].length);
  const dated = findDates(after.slice(0, 30))[0]?.start === 0 || m[3] !== undefined;
  const upper = city === city.toUpperCase() && city.length > 2;
  if (!isPlaceName(city) && !(upper && dated)) return;
  if (!dated && !/[-–—]/.test(m[0])) return;
  const cityAt = start + m[0].indexOf(city);
  ctx.reg.add('Place', cityAt, cityAt + city.length);
  // "BOGOTA, Colombia, March 10, 2021 (Andes Wire) —": the agency after the date.
  const date = findDates(after.slice(0, 40))[0];
  const late =
    m[3] === undefined && date?.start === 0
      ? /^\s*\((\p{Lu}[\p{L} .&]{1,30})\)\s*[-–—]/u.exec(after.slice(date.end))?.[1]
      : undefined;
  const agency = m[3] ?? late;
  if (agency && orgShape(agency)) {
    const at = start + rest.indexOf(agency, city.length);
    const org = agencyOrg(ctx, at, agency);
    relate(ctx, 'PUBLISHED', org, ctx.doc.id, s, 'dateline-agency', 0.6);
  }
}

function credit(ctx: Ctx, s: Sentence, start: number, end: number, outlet: boolean): void {
  const got = parseCredits(ctx, start, end);
  for (const c of got.people) {
    relate(ctx, 'AUTHORED', c.person, ctx.doc.id, s, 'byline', 0.85);
    if (c.org) relate(ctx, 'WORKS_FOR', c.person, c.org, s, 'byline', 0.75, c.role);
    if (c.org && outlet) relate(ctx, 'PUBLISHED', c.org, ctx.doc.id, s, 'byline-outlet', 0.6);
  }
  for (const o of got.orgs) relate(ctx, outlet ? 'PUBLISHED' : 'AUTHORED', o, ctx.doc.id, s, 'byline', 0.7);
}

/** Offset where the line of sentence `s` starts. */
function lineStart(ctx: Ctx, s: Sentence): number {
  const nl = ctx.clean.lastIndexOf('\n', s.start - 1);
  let at = nl + 1;
  while (at < s.start && /\s/.test(ctx.clean[at] ?? '')) at++;
  return at;
}

/**
 * "By Name | Diario X | 14 de mayo de 2024": the segment after the author, when it is an organisation's
 * name (no date, no place), is the outlet that PUBLISHED the story. True when it was one.
 */
function outletSegment(ctx: Ctx, s: Sentence, from: number, rest: string): boolean {
  const m = /^(.*?)(?:\s+[|·—–]\s+|$)/.exec(rest);
  const seg = (m?.[1] ?? '').replace(/[\s*_,.]+$/, '');
  if (seg.length < 3 || findDates(seg).length > 0 || isPlaceName(seg) || !orgShape(seg)) return false;
  // "By Name · Balkan Ledger · 14 February 2023": between the author and the date, two capitalised words
  // are the outlet, not a second author (co-authors are joined by "and" before the first separator).
  const dateNext = m !== null && findDates(rest.slice(m[0].length)).some((d) => d.start === 0);
  if (personShape(seg) && !dateNext) return false;
  const org = addOrg(ctx, from, from + seg.length);
  if (!org) return false;
  const e = ctx.reg.entities.get(org);
  if (e && e.type === 'Organization' && !e.kind) e.kind = 'media';
  relate(ctx, 'PUBLISHED', org, ctx.doc.id, s, 'byline-outlet', 0.7);
  return true;
}

/** One head line: a byline (with its dateline), or a bare dateline opening the first paragraph. */
function headLine(ctx: Ctx, s: Sentence): boolean {
  const raw = ctx.clean.slice(s.start, s.end);
  const lead = raw.length - raw.trimStart().length;
  const start = s.start + lead;
  const line = raw.trim();
  const dash = /\s+[—–|·]\s+|\s+-\s+/.exec(line);
  // "By AZAM AHMED and NICOLE PERLROTH JUNE 19, 2017": the names end where the date starts.
  const date = findDates(line)[0];
  const cut = date && (!dash || date.start < dash.index) ? { index: date.start, 0: '' } : dash;
  const names = (cut ? line.slice(0, cut.index) : line).replace(/[\s,;·|—–-]+$/, '');
  // "By Megan Thornbury, The Gulf Ledger. Washington, July 18, 2017": a byline sentence opening its line.
  const opening =
    s.block ||
    (line.length < 90 && s.start + lead === lineStart(ctx, s) && /^by\s+\p{Lu}[^,.]+,/iu.test(line));
  const by = opening ? BY.exec(names) : null;
  // \p{Lu} folds case under /i: "By signing this letter" is no byline.
  if (by && capitalAt(names, by[0].length)) {
    credit(ctx, s, start + by[0].length, start + names.length, true);
    if (cut) {
      const from = cut.index + cut[0].length;
      if (!outletSegment(ctx, s, start + from, line.slice(from))) dateline(ctx, s, start + from);
    }
    return true;
  }
  const pipe = s.block ? /^(.{3,80}?)\s+[|/]\s+(.{2,60})$/.exec(line) : null;
  if (pipe && personShape((pipe[1] as string).split(/\s+and\s+|,\s+/)[0] as string, true)) {
    const right = pipe[2] as string;
    credit(ctx, s, start, start + (pipe[1] as string).length, true);
    const org = addOrg(ctx, start + line.length - right.length, start + line.length);
    if (org) relate(ctx, 'PUBLISHED', org, ctx.doc.id, s, 'byline-outlet', 0.7);
    return true;
  }
  const comma = line.indexOf(', ');
  if (comma > 0 && personShape(line.slice(0, comma), true) && JOURNALIST.test(line.slice(comma)) && s.block) {
    credit(ctx, s, start, start + (cut ? cut.index : line.length), true);
    return true;
  }
  dateline(ctx, s, start);
  return false;
}

/** Byline and dateline rules over the head of the document (before the body's second paragraph). */
/** "(Reporting by A and B; Editing by C)" at the foot of a wire story: the reporters wrote it. */
const REPORTING = /(?:^|[(;]\s*)(?:additional\s+)?(?:reporting|writing|reported)\s+by\s+(?=\p{Lu})/giu;

function reportingCredits(ctx: Ctx): void {
  for (const s of ctx.sentences.slice(-12)) {
    const body = ctx.clean.slice(s.start, s.end);
    for (const m of body.matchAll(REPORTING)) {
      const from = s.start + m.index + m[0].length;
      if (!capitalAt(ctx.clean, from)) continue;
      const stop = /[;)]|\s+in\s+\p{Lu}|\.\s*$/u.exec(ctx.clean.slice(from, s.end));
      credit(ctx, s, from, stop ? from + stop.index : s.end, false);
    }
  }
}

export function bylineRules(ctx: Ctx): void {
  reportingCredits(ctx);
  let paragraphs = 0;
  let lastLine = -1;
  for (const s of ctx.sentences.slice(0, 30)) {
    if (s.line !== lastLine && !s.block) paragraphs++;
    lastLine = s.line;
    if (paragraphs > 2) break;
    headLine(ctx, s);
  }
}
