/**
 * Second pass over the whole text: every whole-word occurrence of an acronym defined in the document (or in
 * the alias table) and of the table's lower-case aliases ("the core group") becomes a mention, so mention
 * counts and relation rules see "INAI" in a sentence that does not spell the name out. Table names with a
 * digit ("Article 19") are searched here too: the capitalised-name finder stops at a number. A legal
 * article ("Article 19 of the Universal Declaration") is not the organisation.
 */
import type { Ctx } from '../context.ts';
import { knownEntities } from '../../resolve/known.ts';
import { isAcronym } from '../text/tokens.ts';

/** What follows a law's article ("Article 19 of the ICCPR", "Article 19(2)"). */
const LEGAL_ARTICLE = /^(?:\s+of\b|\s*\()/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text with A–Z in lower case and the two other characters that case-fold to ASCII letters (Kelvin sign,
 * long s) as those letters, same length: an ASCII word can match the text case-insensitively only where its
 * lower case occurs here.
 */
const folded = new WeakMap<Ctx, string>();
function foldedText(ctx: Ctx): string {
  let f = folded.get(ctx);
  if (f === undefined) {
    f = ctx.clean.replace(/[A-Z\u212A\u017F]/g, (c) =>
      c === '\u212A' ? 'k' : c === '\u017F' ? 's' : c.toLowerCase(),
    );
    folded.set(ctx, f);
  }
  return f;
}

/**
 * False when the word cannot occur in the text, so its regular-expression scan is skipped: most table
 * entries do not occur in a given document, and a plain substring search is much cheaper than the scan.
 */
function mayOccur(ctx: Ctx, word: string, ignoreCase: boolean): boolean {
  if (!ignoreCase) return ctx.clean.includes(word);
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(word)) return true;
  return foldedText(ctx).includes(word.toLowerCase());
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The code point that ends just before index i (a surrogate pair counts as one), or ''. */
function before(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  return text.charAt(i - 1);
}

/** The code point that starts at index i, or ''. */
function at(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * Calls fn for every whole-word occurrence of the word, left to right, not overlapping: what the pattern
 * (?<![\p{L}\p{N}])word(?![\p{L}\p{N}]) finds with flags + 'gu'. Case-sensitive words without surrogates are
 * found by substring search with the same boundary tests, much faster than the regular expression.
 */
function each(ctx: Ctx, word: string, flags: string, fn: (start: number, end: number) => void): void {
  if (!mayOccur(ctx, word, flags.includes('i'))) return;
  if (flags === '' && word.length > 0 && !SURROGATE.test(word)) {
    const text = ctx.clean;
    for (let i = text.indexOf(word); i >= 0;) {
      const end = i + word.length;
      if (!WORD_CHAR.test(before(text, i)) && !WORD_CHAR.test(at(text, end))) {
        fn(i, end);
        i = text.indexOf(word, end);
      } else i = text.indexOf(word, i + 1);
    }
    return;
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, flags + 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.clean))) fn(m.index, m.index + m[0].length);
}

/** Add mentions for acronyms and lower-case aliases everywhere in the text. */
export function findOccurrences(ctx: Ctx): void {
  const acronyms = new Map<string, string>();
  for (const e of ctx.reg.entities.values()) {
    for (const a of [e.acronym, ...e.aliases]) if (a && isAcronym(a)) acronyms.set(a, e.key);
  }
  for (const k of knownEntities()) {
    for (const a of k.aliases) {
      if (!isAcronym(a) || acronyms.has(a)) continue;
      each(ctx, a, '', (start, end) => {
        const key = ctx.reg.add(k.type, start, end, k.kind ? { kind: k.kind } : {});
        acronyms.set(a, key);
      });
    }
    for (const n of [k.name, ...k.aliases]) {
      if (!/\p{N}/u.test(n) || isAcronym(n)) continue;
      each(ctx, n, '', (start, end) => {
        if (LEGAL_ARTICLE.test(ctx.clean.slice(end, end + 8))) return;
        ctx.reg.add(k.type, start, end, k.kind ? { kind: k.kind } : {});
      });
    }
    for (const l of k.lowercase ?? []) {
      each(ctx, l, 'i', (start, end) => {
        ctx.reg.add(k.type, start, end, k.kind ? { kind: k.kind } : {});
      });
    }
  }
  for (const [a, key] of acronyms)
    each(ctx, a, '', (start, end) => ctx.reg.mention(ctx.reg.live(key), start, end));
}
