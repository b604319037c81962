/**
 * Markdown-aware cleaning that keeps offsets: markup (emphasis marks, link targets, URLs, e-mail addresses,
 * footnote superscripts, heading and bullet marks) is replaced by spaces of the same length, so every
 * offset into the cleaned text is also an offset into the original text. No mapping table needed.
 * The last few results are kept: a document is cleaned for its description (title, date, kind) and again
 * for extraction, with the same text.
 */

const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

/** Replace each match of `re` (global) in `s` by spaces, keeping length. */
function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => ' '.repeat(m.length));
}

/**
 * Return `text` with markup blanked out; same length as `text`.
 * @example cleanText('**Citizen Lab** [report](http://x)') // '  Citizen Lab    report          '
 */
export function cleanText(text: string): string {
  for (const [t, c] of recent) if (t === text) return c;
  const cleaned = computeCleanText(text);
  if (text.length > RECENT_MAX_CHARS) return cleaned;
  recent.unshift([text, cleaned]);
  if (recent.length > RECENT) recent.pop();
  return cleaned;
}

/** Texts cleaned last and their results, newest first; very long texts are not kept (memory). */
const RECENT = 3;
const RECENT_MAX_CHARS = 2_000_000;
const recent: [string, string][] = [];

function computeCleanText(text: string): string {
  let s = text.replace(/\r/g, ' ');
  // Markdown links: keep the label, blank the brackets and the target.
  s = s.replace(/\[([^\]\n]*)\]\(([^)\n]*)\)/g, (_m, label: string, target: string) => {
    return ' ' + label + ' ' + ' '.repeat(target.length + 2);
  });
  s = blank(s, /<(?:https?:|mailto:)[^>\s]*>/g);
  s = blank(s, /\b(?:https?:\/\/|www\.)[^\s)>\]]+/g);
  s = blank(s, /\b\w[\w.+-]{0,63}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/g);
  s = blank(s, SUPERSCRIPTS);
  s = blank(s, /\\/g);
  s = blank(s, /\*+/g);
  s = blank(s, /(?<![\w])_+|_+(?![\w])/g);
  s = blank(s, /^[ \t]*#{1,6}[ \t]/gm);
  s = blank(s, /^[ \t]*[-+•][ \t]/gm);
  s = blank(s, /^[ \t]*\d{1,2}\.[ \t]/gm);
  // Runs of dots (ellipses, leaders) become one dot plus spaces, guarding taggers and the sentence splitter.
  s = s.replace(/\.{2,}/g, (m) => '.' + ' '.repeat(m.length - 1));
  s = s.replace(/\[\s*\.?\s*\]/g, (m) => ' '.repeat(m.length));
  return s;
}
