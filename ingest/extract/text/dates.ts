/**
 * Date expressions in English and Spanish with offsets, turned into ISO dates as precise as written:
 * "May 23rd, 2017", "14 June 2017", "June 27-28", "February 16th 2017", "December 1st, 2018", "May 2016".
 */

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

export interface DateHit {
  iso: string;
  start: number;
  end: number;
}

const M =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)';
const PATTERNS: { re: RegExp; get: (m: RegExpExecArray) => [string?, string?, string?] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, get: (m) => [m[1], m[2], m[3]] },
  {
    re: new RegExp(`\\b${M}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2})?,? (\\d{4})\\b`, 'gi'),
    get: (m) => [m[3], m[1], m[2]],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: de)? ${M}(?: de|,)? (\\d{4})\\b`, 'gi'),
    get: (m) => [m[3], m[2], m[1]],
  },
  { re: new RegExp(`\\b${M}(?: de)?,? (\\d{4})\\b`, 'gi'), get: (m) => [m[2], m[1]] },
  {
    re: new RegExp(`\\b${M} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'gi'),
    get: (m) => [undefined, m[1], m[2]],
  },
];

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * All date expressions in `text` (non-overlapping, by position). A date without a year uses `year`.
 * @example findDates('Tuesday, May 23rd, 2017') // [{ iso: '2017-05-23', start: 9, end: 23 }]
 */
export function findDates(text: string, year?: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const { re, get } of PATTERNS) {
    const r = re;
    r.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.exec(text))) {
      const [y, mo, d] = get(m);
      const month = mo ? (/^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.toLowerCase()]) : undefined;
      const yy = y ?? year;
      if (!yy || !month) continue;
      if (m[0].toLowerCase().startsWith('may ') && !y && !/^\d/.test(m[0].slice(4))) continue;
      const day = d ? Number(d) : undefined;
      if (day !== undefined && (day < 1 || day > 31)) continue;
      const iso = `${yy}-${pad(month)}` + (day ? `-${pad(day)}` : '');
      const start = m.index;
      const end = m.index + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ iso, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Four-digit years 1900–2099 in text. */
export function findYears(text: string): DateHit[] {
  return [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => ({
    iso: m[0],
    start: m.index,
    end: m.index + 4,
  }));
}
