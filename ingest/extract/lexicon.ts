/**
 * Word lookups backed by compromise's lexicon (first names, last names, countries, cities, regions): a
 * constant-time gazetteer, far faster than tagging whole documents, which keeps extraction near-linear.
 */
import nlp from 'compromise';
import { fold } from '../resolve/keys.ts';

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

function tagsOf(word: string): string[] {
  const w = fold(word);
  const t = lexicon[w] ?? lexicon[word.toLowerCase()];
  if (t === undefined) return [];
  return Array.isArray(t) ? t : [t];
}

/** "Juan", "Lucía" (accents ignored). */
export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

export function isLastName(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

/** Multiword cities the lexicon lacks (it knows "Geneva", not "Mexico City"). */
const MULTIWORD_CITIES = new Set([
  'mexico city',
  'guatemala city',
  'panama city',
  'kuwait city',
  'san jose',
  'san salvador',
  'buenos aires',
  'sao paulo',
  'rio de janeiro',
  'new delhi',
  'tel aviv',
  'washington dc',
  'washington d.c.',
  'la paz',
  'santo domingo',
  'ciudad juarez',
]);

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

/** Whole name is a country, city or region ("South Africa", "Tbilisi"). */
export function isPlaceName(name: string): boolean {
  return MULTIWORD_CITIES.has(fold(name)) || tagsOf(name).some((t) => PLACE_TAGS.has(t));
}

export function isCountry(name: string): boolean {
  return tagsOf(name).includes('Country');
}

/** Ordinary English word (verb, adjective, common noun...) that is not a name. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return (
    tags.length > 0 && !tags.some((t) => /Name|Country|City|Region|Place|Organization|ProperNoun/.test(t))
  );
}

/**
 * Spanish adjectives that end the names of associations and never a person's name: "Causa Común", "Abogadas
 * Unidas", "Acción Ciudadana", "Propuesta Cívica". General vocabulary, not names.
 */
const SPANISH_ORG_ADJECTIVES = new Set(
  (
    'comun comunes civica civico civicas civicos ciudadana ciudadano ciudadanas ciudadanos unidas unidos ' +
    'libre libres abierta abierto abiertas abiertos publica publico sociales politica politico ' +
    'mexicana mexicano nacional digitales solidaria solidario colectiva democratica ' +
    'democratico independiente independientes comunitaria comunitario juridica juridico'
  ).split(' '),
);

/** "Común", "Unidas" (accents ignored). */
export function isSpanishOrgAdjective(word: string): boolean {
  return SPANISH_ORG_ADJECTIVES.has(fold(word));
}
