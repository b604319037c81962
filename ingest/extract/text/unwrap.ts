/**
 * Hard-wrapped text (PDF text layers, plain-text e-mails and letters wrapped at a fixed width) breaks
 * sentences and names across lines: "the National Institute of\nPublic Health". Sentence splitting and name
 * finding work line by line, so such a name would be cut in two. This step replaces the line break of a
 * wrapped line by a space, keeping the text's length, so offsets stay offsets into the original text.
 *
 * A line counts as wrapped when the next line's first word would not have fitted on it (the way a wrapping
 * editor or a PDF layout breaks lines), it does not end a sentence or introduce a block (".", "!", "?",
 * ":"), and the next line continues the paragraph (it is not blank, a list item, a heading, a table row or
 * a "Cc:"-style label). Short lines (headings, signature lines, addresses) are never joined, so the
 * structure rules that read lines keep their lines.
 */

/** A line is full when it plus the next line's first word reach this share of the wrap width. */
const FULL_LINE = 0.85;
/** Narrower than this, the text is a column of short lines (signatures, addresses); nothing is joined. */
const MIN_WRAP_WIDTH = 60;
/** Wider than this, lines are paragraphs rather than wrapped lines; nothing is joined. */
const MAX_WRAP_WIDTH = 200;
/** Fewer full lines than this and the text is not hard-wrapped. */
const MIN_FULL_LINES = 3;

const ENDS_BLOCK = /[.!?:]["”’)\]]?$/u;
const STARTS_BLOCK = /^(?:[#>|*•+-]|\d{1,3}[.)]\s|\(?[a-z]\)\s|\p{L}{1,12}:\s)/u;
/** A letter's closing ("Sincerely,"): the lines after it are signatures, one a line, never wrapped prose. */
const CLOSING =
  /^(?:(?:yours\s+)?(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)(?:\s+yours)?|yours(?:\s+in\s+solidarity)?|in\s+solidarity|(?:with\s+)?(?:kind|best|warm(?:est)?)\s+regards|atentamente|cordialmente)\s*[,.]?$/i;
/** "Org — Name, Role": two such lines in a row are rows of a signatory list, not one wrapped sentence. */
const DASHED_ROW = /^[^.!?]{3,100}\s[-–—]\s\p{Lu}/u;

interface Line {
  start: number;
  end: number;
  trimmed: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, trimmed: text.slice(start, end).trim() });
    start = end + 1;
  }
  return lines;
}

/** The width the text is wrapped at: the 95th percentile of its non-blank line lengths. */
function wrapWidth(lines: Line[]): number {
  const lengths = lines
    .map((l) => l.trimmed.length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))] ?? 0;
}

/**
 * Join hard-wrapped lines with a space in place of the line break; same length as `text`.
 * @example unwrapLines('a long line that was wrapped at the\nNational Institute of Public Health.') // joined
 */
export function unwrapLines(text: string): string {
  const lines = linesOf(text);
  const width = wrapWidth(lines);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return text;
  const full = width * FULL_LINE;
  if (lines.filter((l) => l.trimmed.length >= full).length < MIN_FULL_LINES) return text;
  const chars = text.split('');
  let signatures = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1] as Line;
    if (CLOSING.test(line.trimmed)) signatures = true;
    if (signatures || next.trimmed.length === 0) continue;
    if (DASHED_ROW.test(line.trimmed) && DASHED_ROW.test(next.trimmed)) continue;
    const nextWord = /^\S+/u.exec(next.trimmed)?.[0] ?? '';
    if (line.trimmed.length + 1 + nextWord.length < full) continue;
    if (ENDS_BLOCK.test(line.trimmed) || STARTS_BLOCK.test(next.trimmed)) continue;
    if (line.trimmed.startsWith('|')) continue;
    chars[line.end] = ' ';
  }
  return chars.join('');
}
