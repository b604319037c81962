/**
 * Word tokens with offsets into the cleaned text. A trailing possessive ("OGP's") is cut off and flagged;
 * a trailing dot is kept only on initials and abbreviations ("E.", "Dr.", "U.S.").
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*\.?/gu;
const KEEP_DOT = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr)$/u;

/**
 * Tokens of `text` between `start` and `end`.
 * @example tokenize("NSO Group's Pegasus", 0, 19).map((t) => t.text) // ['NSO', 'Group', 'Pegasus']
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = WORD;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    let t = m[0];
    let e = m.index + t.length;
    if (e > end) {
      t = t.slice(0, end - m.index);
      e = end;
    }
    if (t.endsWith('.') && !KEEP_DOT.test(t.slice(0, -1))) {
      t = t.slice(0, -1);
      e--;
    }
    let possessive = false;
    const pm = /['’]s?$/u.exec(t);
    if (pm && t.length > pm[0].length + 1) {
      possessive = true;
      t = t.slice(0, -pm[0].length);
      e -= pm[0].length;
    }
    if (t.length > 0) out.push({ text: t, start: m.index, end: e, possessive });
  }
  return out;
}

/** True when only spaces (no newline, no punctuation) lie between two offsets. */
export function adjacent(text: string, from: number, to: number): boolean {
  return /^[ \t]+$/.test(text.slice(from, to));
}

export function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return /^\p{Lu}/u.test(t) || /^\d+\p{Lu}/u.test(t);
}

export function isAcronym(t: string): boolean {
  if (t.length > 10 || t.length < 2) return false;
  const ascii = asciiAcronym(t);
  if (ascii !== undefined) return ascii;
  return /^[\p{Lu}\d][\p{L}\d&]*$/u.test(t) && (t.match(/\p{Lu}/gu) ?? []).length >= 2 && t.length <= 10;
}

/** isAcronym for an ASCII word without regexes (most words); undefined when `t` has other characters. */
function asciiAcronym(t: string): boolean | undefined {
  let upper = 0;
  let ok = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 127) return undefined;
    const isUpper = c >= 65 && c <= 90;
    const isDigit = c >= 48 && c <= 57;
    if (isUpper) upper++;
    else if (i === 0 ? !isDigit : !(isDigit || (c >= 97 && c <= 122) || c === 38)) ok = false;
  }
  return ok && upper >= 2;
}
