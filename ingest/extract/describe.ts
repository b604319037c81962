/**
 * Describe a source document from its own text: title (first real heading, "RE:" line, or first title-like
 * line, joined with its wrapped continuation in PDFs), date (the document's own: a short date line in the
 * head, a dateline, a byline or a "Published by X, <date>" line — never a date in running text) and kind
 * (press release, open letter, statement, letter, report, article) from labels, salutations and closings,
 * report headings ("Executive summary", "Key findings"), bylines and datelines.
 */
import type { DocumentKind } from '../../core/model/index.ts';
import { cleanText } from './text/clean.ts';
import { findDates } from './text/dates.ts';

export interface DocumentDescription {
  title: string;
  date: string | null;
  kind: DocumentKind;
}

const KIND_LABEL =
  /^(press release|comunicado de prensa|statement|open letter|carta abierta|report|news|for immediate release|research report( summary)?)$/i;
/** Footnote lines ("³ See ...", "[1] ...", "See ...") are never titles. */
const FOOTNOTE = /^(?:[\u00b9\u00b2\u00b3\u2070-\u209f*†‡]|\[\d+\]|\d+\s+see\b|see\s)/iu;
const PROSE = /^(this|the|we|our|in|on|a|an|it|as|after|since|there|for)\b/i;
const REPORT_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s*)?(executive summary|key findings|main findings|findings|summary of findings|recommendations|methodology|table of contents|contents|introduction|conclusions?|acknowledg(?:e)?ments|about the authors?|background|resumen ejecutivo|hallazgos(?: principales)?|recomendaciones|metodolog[ií]a|conclusiones|introducci[oó]n)\s*:?$/i;
const BYLINE =
  /^(?:by|por)\s+\p{Lu}|^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*(?:\||,\s+(?:\p{L}+\s+)?(?:correspondent|reporter|writer|editor|journalist|columnist))/iu;
const DATELINE =
  /^\W*\p{Lu}[\p{L} /.,-]{2,60}?(?:\([\p{L} ]{2,30}\)\s*)?[,(–—-]\s*\(?\d{1,2}(?: de)? \p{L}+(?: de)? \d{4}|^\W*\p{Lu}[\p{L} /.,-]{2,60}?,\s*\p{L}+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}|^\W*\p{Lu}[\p{Lu} .,-]{2,40}\s*\([\p{L} ]{2,30}\)\s*[-–—]/mu;

function lines(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** A title line followed, with no blank line between, by its wrapped rest in Title Case (PDF output). */
function withContinuation(text: string, line: string): string {
  const raw = cleanText(text).split('\n');
  const i = raw.findIndex((l) => l.trim() === line);
  const next = raw[i + 1]?.trim() ?? '';
  if (i < 0 || line.length < 35 || /[.:;,!?]$/.test(line) || next.length === 0) return line;
  const words = next.split(/\s+/);
  const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  if (words.length > 9 || caps * 3 < words.length * 2 || findDates(next).length > 0) return line;
  if (/:/.test(next) || BYLINE.test(next) || REPORT_HEADING.test(next)) return line;
  return `${line} ${next}`;
}

/**
 * Whether a line stands as its own paragraph, or opens the text: a title does, while a line in the middle of a
 * hard-wrapped paragraph ("from NSO Group. The statement was drafted with ...") never is one.
 */
function standalone(raw: string[], line: string): boolean {
  const i = raw.findIndex((l) => l.trim() === line);
  const first = raw.findIndex((l) => l.trim() !== '');
  if (i <= first) return true;
  return (raw[i - 1] ?? '').trim() === '' || (raw[i + 1] ?? '').trim() === '';
}

function titleOf(text: string, path: string): string {
  const heading = text
    .split('\n')
    .map((l) => /^#{1,6}\s+(.*)$/.exec(l.trim())?.[1]?.replace(/[*_]/g, '').trim())
    .find((h) => h && !KIND_LABEL.test(h) && !/^contact/i.test(h));
  if (heading) return heading;
  const ls = lines(text)
    .slice(0, 15)
    .filter((l) => !FOOTNOTE.test(l) && !KIND_LABEL.test(l));
  const re = ls.find((l) => /^re\s*:/i.test(l));
  if (re) return re.replace(/^re\s*:\s*/i, '');
  const head = cleanText(text.slice(0, 20_000)).split('\n');
  const titled = ls.find(
    (l) =>
      !/[.!?]\s+\p{Lu}/u.test(l) &&
      l.length >= 25 &&
      l.length <= 200 &&
      l.split(/\s+/).length <= 16 &&
      !PROSE.test(l) &&
      !/[.:;,]$/.test(l) &&
      !/^\d/.test(l) &&
      findDates(l).length === 0 &&
      /\b(letter|statement|report|release|declaration)\b/i.test(l) &&
      standalone(head, l),
  );
  if (titled) return titled;
  const dear = ls.find((l) => /^dear\s+/i.test(l));
  if (dear) {
    const date = findDates(ls.slice(0, 6).join('\n'))[0]?.iso;
    const to = dear.replace(/^dear\s+/i, '').replace(/[,:]$/, '');
    return `Letter to ${to}` + (date ? ` (${date})` : '');
  }
  // "Contact: ..." is a label line; "Chronology: the Pangolin affair" is a title.
  const label = (l: string) =>
    /^\p{L}{1,12}\s*:/u.test(l) && !/^(chronology|timeline|cronolog[ií]a)\s*:/iu.test(l);
  const first = ls.find((l) => l.length >= 20 && findDates(l).length === 0 && !label(l));
  if (first) {
    const full = withContinuation(text, first);
    return full.length > 160 ? full.slice(0, 157).replace(/\s+\S*$/, '') + '…' : full;
  }
  return (path.split('/').pop() ?? path).replace(/\.[a-z]+$/i, '');
}

function kindOf(text: string, title: string): DocumentKind {
  const ls = lines(text);
  const head = ls.slice(0, 12).join('\n');
  const all = text.toLowerCase();
  if (
    /press release|press communiqu[eé]|comunicado de prensa|bolet[ií]n de prensa|for immediate release/i.test(
      head,
    )
  )
    return 'press_release';
  if (/open letter|carta abierta/i.test(title) || /^(open letter|carta abierta)$/im.test(head))
    return 'open_letter';
  if (
    /\bstatement\b|^(comunicado|pronunciamiento|posicionamiento|declaraci[oó]n)\b/i.test(title) ||
    /^(?:joint |public )?(statement|comunicado|pronunciamiento|posicionamiento|declaraci[oó]n)$/im.test(head)
  )
    return 'statement';
  const letter =
    /^(dear|re\s*:|estimad|to\s*:)/im.test(head) ||
    /\n\s*(sincerely|yours|kind regards|respectfully|atentamente)/i.test(all);
  if (letter && /\b(we,? the undersigned|open letter)\b/i.test(all)) return 'open_letter';
  if (letter) return 'letter';
  const headings = ls.filter((l) => REPORT_HEADING.test(l)).length;
  const reportLabel = /^(research )?report\b|\breport summary\b|^(authors?|prepared by)\s*:?\s/im.test(head);
  if (headings >= 2 || (headings >= 1 && reportLabel) || /\breport\b|^(research )?summary\b/i.test(title))
    return 'report';
  const datelined = DATELINE.test(head);
  if (datelined && /\btoday\s+(urged|called|demanded|expressed|welcomed|condemned)\b/i.test(all))
    return 'statement';
  if (ls.slice(0, 6).some((l) => BYLINE.test(l)) || /\((reuters|ap|afp|efe)\)/i.test(text)) return 'article';
  if (datelined && /\b(said|says|according to|told)\b/i.test(all)) return 'article';
  if (reportLabel) return 'report';
  return 'other';
}

/** The document's own date: a date line in the head, a dateline, or a "Published …" / "Date:" line. */
function dateOf(text: string): string | null {
  const ls = lines(text).slice(0, 15);
  const dated = ls.map((l) => ({ l, d: findDates(l)[0] })).filter((x) => x.d !== undefined);
  // A line that is the date, or a label / place / weekday before it ("Mexico City, 3 de julio de 2017"),
  // and not a date that is the object of a preposition ("the events of 19 June 2017").
  for (const { l, d } of dated) {
    if (!d) continue;
    const before = l.slice(0, d.start);
    const rest = l.slice(d.end).trim();
    // "Posted on 5 May 2025 by A and B · Research": a blog's byline dates the post.
    if (/^[\s*_]*(?:posted|published)\s+(?:on\s+)?$/i.test(before)) return d.iso;
    const own =
      /^[\p{L}\d ,.'’()|·/*_–—-]{0,70}$/u.test(before) &&
      !/\b(of|on|since|after|before|from|until|in|by|el|del|desde)\s*$/i.test(before) &&
      (rest.length <= 2 ||
        // "OAXACA, Mexico, Aug. 14, 2017 (Agency) — Three reporters …": a credit in brackets, then a dash.
        /^\)?\s*(?:\([^()]{2,60}\)\s*)?[—–-]/.test(rest) ||
        // "**Ciudad de México, 29 de junio de 2017.** La Red …": a dateline "Place, date." opening the paragraph.
        (/^[\s*_]*\p{Lu}[\p{L} .'’-]{1,50},\s*$/u.test(before) && /^\.[*_]*\s+\p{Lu}/u.test(rest)));
    if (own) return d.iso;
  }
  for (const { l, d } of dated) if (d && l.length <= 90 && !/[.;]$/.test(l)) return d.iso;
  // A "Published …" line, or such a part of a header line ("CEVID · Annual Report 2017 · Published 3 October 2017").
  for (const part of lines(text).flatMap((l) => l.split(/\s[·|]\s/))) {
    const l = part.trim();
    if (
      !/^(published|date|fecha|issued|released|publicado|(?:last )?updated|actualizado)\b/i.test(l) ||
      l.length > 120
    )
      continue;
    const d = findDates(l)[0];
    if (d) return d.iso;
  }
  return null;
}

/**
 * Find a document's title, date and kind from its text.
 * @example describeDocument('## PRESS RELEASE\n\nTuesday, May 23rd, 2017\n### Title', 'a.md')
 *   // → { title: 'Title', date: '2017-05-23', kind: 'press_release' }
 */
export function describeDocument(text: string, path: string): DocumentDescription {
  const title = titleOf(text, path);
  return { title, date: dateOf(text), kind: kindOf(text, title) };
}
