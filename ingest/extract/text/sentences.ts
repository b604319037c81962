/**
 * Sentence splitting with offsets into the (cleaned, same-length) text. Lines are split first (Markdown
 * paragraphs, list items, signature lines), then sentences inside a line. Very long sentences are cut at
 * whitespace so no later step sees more than MAX_SENTENCE characters.
 */

export interface Sentence {
  start: number;
  end: number;
  /** Index of the text line the sentence sits on. */
  line: number;
  /** True when the sentence is a whole short line without final punctuation (heading, signature, address). */
  block: boolean;
}

const MAX_SENTENCE = 2000;
const BOUNDARY = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\d¿¡])/gu;
const ABBREVIATIONS = new Set([
  ...'mr mrs ms dr prof st no nos vs etc inc ltd jr sr co corp gen gov sen rep dept fig art av ave'.split(
    ' ',
  ),
  // Courtesy titles of legislators: "Hon. Ama Owusu, MP", "Rt. Hon. Kofi Mensah".
  'hon',
  'rt',
  // Singaporean and Malaysian company forms: "Kalinda Cyber Pte. Ltd.", "Sdn. Bhd."
  'pte',
  'sdn',
  'bhd',
]);

function isAbbreviation(text: string, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m?.[1]) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // initial: "Juan E. Pardinás"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushCut(out: Sentence[], start: number, end: number, line: number, text: string): void {
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    out.push({ start, end: cut, line, block: false });
    start = cut;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
  }
  if (end > start) out.push({ start, end, line, block: false });
}

/**
 * Split cleaned text into sentences with offsets.
 * @example splitSentences('A b. C d.\nE f') // three sentences
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let lineNo = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    while (s < lineEnd && /\s/.test(text[s] ?? '')) s++;
    let e = lineEnd;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) {
      const first = out.length;
      let cur = s;
      const line = text.slice(s, e);
      const re = BOUNDARY;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line))) {
        const at = s + m.index;
        if (text[at] === '.' && isAbbreviation(text, at)) continue;
        const stop = at + m[0].length;
        pushCut(out, cur, stop, lineNo, text);
        cur = stop;
        while (cur < e && /\s/.test(text[cur] ?? '')) cur++;
      }
      pushCut(out, cur, e, lineNo, text);
      if (out.length === first + 1 && e - s < 160 && !/[.!?;:]$/.test(text.slice(s, e))) {
        (out[first] as Sentence).block = true;
      }
    }
    lineStart = lineEnd + 1;
    lineNo++;
  }
  return out;
}
