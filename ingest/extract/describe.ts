/**
 * Describe a source document from its own text: title (first real heading, "RE:" line, or first title-like
 * line), date (first date in the head of the document) and kind (cue words: press release, open letter,
 * letter, statement, report, article).
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
  /^(press release|comunicado de prensa|statement|open letter|report|news|for immediate release)$/i;

/** Footnote lines ("³ See ...", "[1] ...", "See ...") are never titles. */
const FOOTNOTE = /^(?:[\u00b9\u00b2\u00b3\u2070-\u209f*†‡]|\[\d+\]|\d+\s+see\b|see\s)/iu;

function lines(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function titleOf(text: string, path: string): string {
  const heading = text
    .split('\n')
    .map((l) => /^#{1,6}\s+(.*)$/.exec(l.trim())?.[1]?.replace(/[*_]/g, '').trim())
    .find((h) => h && !KIND_LABEL.test(h) && !/^contact/i.test(h));
  if (heading) return heading;
  const ls = lines(text)
    .slice(0, 15)
    .filter((l) => !FOOTNOTE.test(l));
  const re = ls.find((l) => /^re\s*:/i.test(l));
  if (re) return re.replace(/^re\s*:\s*/i, '');
  const titled = ls.find(
    (l) =>
      l.length >= 25 &&
      l.length <= 200 &&
      !/[.:;,]$/.test(l) &&
      !/^\d/.test(l) &&
      findDates(l).length === 0 &&
      /\b(letter|statement|report|release|declaration)\b/i.test(l),
  );
  if (titled) return titled;
  const dear = ls.find((l) => /^dear\s+/i.test(l));
  if (dear) {
    const date = findDates(ls.slice(0, 6).join('\n'))[0]?.iso;
    const to = dear.replace(/^dear\s+/i, '').replace(/[,:]$/, '');
    return `Letter to ${to}` + (date ? ` (${date})` : '');
  }
  const first = ls.find((l) => l.length >= 20 && findDates(l).length === 0);
  if (first) return first.length > 100 ? first.slice(0, 97).replace(/\s+\S*$/, '') + '…' : first;
  return (path.split('/').pop() ?? path).replace(/\.[a-z]+$/i, '');
}

function kindOf(text: string, title: string): DocumentKind {
  const head = lines(text).slice(0, 12).join('\n');
  const all = text.toLowerCase();
  if (/press release|comunicado de prensa|for immediate release/i.test(head)) return 'press_release';
  if (/open letter|carta abierta/i.test(title)) return 'open_letter';
  if (/\bstatement\b/i.test(title)) return 'statement';
  const letter =
    /^(dear|re\s*:|estimad)/im.test(head) || /\n\s*(sincerely|yours|kind regards|atentamente)/i.test(all);
  if (letter && /\b(we,? the undersigned|open letter)\b/i.test(all)) return 'open_letter';
  if (letter) return 'letter';
  if (/\breport\b/i.test(title)) return 'report';
  const dateline =
    /^\W*\p{Lu}[\p{L} /.,-]{2,60}?[,(–—-]\s*\(?\d{1,2} \p{L}+ \d{4}|^\W*\p{Lu}[\p{L} /.-]{2,60}?,\s*\p{L}+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}/mu;
  const datelined = dateline.test(head);
  if (datelined && /\btoday\s+(urged|called|demanded|expressed|welcomed|condemned)\b/i.test(all))
    return 'statement';
  if (datelined && /\b(said|says|according to|told)\b/i.test(all)) return 'article';
  if (/^\s*by\s+\p{Lu}/imu.test(text) || /\((reuters|ap|afp)\)/i.test(text)) return 'article';
  return 'other';
}

/**
 * Find a document's title, date and kind from its text.
 * @example describeDocument('## PRESS RELEASE\n\nTuesday, May 23rd, 2017\n### Title', 'a.md')
 *   // → { title: 'Title', date: '2017-05-23', kind: 'press_release' }
 */
export function describeDocument(text: string, path: string): DocumentDescription {
  const title = titleOf(text, path);
  const head = lines(text).slice(0, 15).join('\n');
  const date = findDates(head)[0]?.iso ?? null;
  return { title, date, kind: kindOf(text, title) };
}
