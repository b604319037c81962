/**
 * Name normalisation shared by extraction and resolution: lowercase, no accents, no punctuation, no
 * possessive, no leading "the", British/American -isation spelling folded. Two surface forms with the same
 * key name the same thing; ids are slugs of keys, so they are stable across runs.
 */

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
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Tidy a surface form for display: no Markdown marks, possessive, outer punctuation or extra spaces. */
export function tidyName(s: string): string {
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
  return nameKey(s).replace(/ /g, '');
}

const HONORIFICS = new Set('mr mrs ms dr prof president minister sir dame'.split(' '));

/** Person key: no honorifics, no single-letter initials ("Juan E. Pardinás" = "Juan Pardinás"). */
export function personKey(s: string): string {
  return nameKey(s)
    .split(' ')
    .filter((w) => w.length > 1 && !HONORIFICS.has(w))
    .join(' ');
}

/** URL-safe slug of a key, for ids. */
export function slug(s: string): string {
  return nameKey(s).replace(/ /g, '-').slice(0, 80) || 'x';
}
