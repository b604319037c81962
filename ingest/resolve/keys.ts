/**
 * Name normalisation shared by extraction and resolution: lowercase, no accents, no punctuation, no
 * possessive, no leading "the", British/American -isation spelling folded. Two surface forms with the same
 * key name the same thing; ids are slugs of keys, so they are stable across runs.
 */

/** Bounded memo: names repeat a lot within and across documents; keys are pure functions of the name. */
const nameCache = new Map<string, string>();
const personCache = new Map<string, string>();
const squashCache = new Map<string, string>();
function memo(cache: Map<string, string>, s: string, fn: (s: string) => string): string {
  let v = cache.get(s);
  if (v === undefined) {
    if (cache.size > 100_000) cache.clear();
    v = fn(s);
    cache.set(s, v);
  }
  return v;
}

const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** Remove diacritics: "Pardinás" → "Pardinas". */
export function stripAccents(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

const foldCache = new Map<string, string>();

/** Lower case without accents, memoised: the per-word comparison form used by cue-word lookups. */
export function fold(word: string): string {
  return memo(foldCache, word, (w) => stripAccents(w).toLowerCase());
}

const tidyCache = new Map<string, string>();

/** Tidy a surface form for display: no Markdown marks, possessive, outer punctuation or extra spaces. */
export function tidyName(s: string): string {
  return memo(tidyCache, s, computeTidyName);
}

function computeTidyName(s: string): string {
  return s
    .replace(/[*_`]+/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/['’]s?$/u, '')
    .replace(/^[\s"“”'‘’(,;:.-]+|[\s"“”'‘’),;:-]+$/gu, '')
    .trim();
}

/**
 * Comparison key of a name.
 * @example nameKey("The OGP's") // 'ogp'
 */
export function nameKey(s: string): string {
  return memo(nameCache, s, computeNameKey);
}

function computeNameKey(s: string): string {
  return stripAccents(tidyName(s))
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/isation/g, 'ization')
    .replace(/\b(\d+)(st|nd|rd|th)\b/g, (_m, n: string) => ORDINAL_WORDS[Number(n)] ?? n)
    .replace(/\bcentre\b/g, 'center');
}

/** Key without spaces ("Citizen Lab" = "CitizenLab", "Article 19" = "Article19"). */
export function squashKey(s: string): string {
  return memo(squashCache, s, (x) => nameKey(x).replace(/ /g, ''));
}

const HONORIFICS = new Set('mr mrs ms dr prof president minister sir dame'.split(' '));

/** Person key: no honorifics, no single-letter initials ("Juan E. Pardinás" = "Juan Pardinás"). */
export function personKey(s: string): string {
  return memo(personCache, s, (x) =>
    nameKey(x)
      .split(' ')
      .filter((w) => w.length > 1 && !HONORIFICS.has(w))
      .join(' '),
  );
}

/** URL-safe slug of a key, for ids. */
export function slug(s: string): string {
  return nameKey(s).replace(/ /g, '-').slice(0, 80) || 'x';
}
