/**
 * Given names that the gazetteer reads as places or that the lexicon knows only as a proper noun
 * ("Milan", "Florence", "Austin", "Sydney"): "Milan Terzić" is a person, not the city followed by a word.
 * General vocabulary as data, not names from any corpus. A city name counts as a given name only before
 * a word that could be a surname (see classify.ts), so "Florence Cathedral" stays what it is.
 */
import { fold } from '../../resolve/keys.ts';

const PLACE_GIVEN_NAMES = new Set(
  (
    'milan florence austin sydney victoria adelaide chelsea lincoln jackson madison dallas orlando ' +
    'aurora regina alexandria helena savannah paris troy eugene beverly houston florian denver ' +
    'brooklyn camden devon kingston lourdes valencia'
  ).split(' '),
);

/** A given name that is also a place: a person's only before a surname-like word. */
export function isPlaceGivenName(word: string): boolean {
  return PLACE_GIVEN_NAMES.has(fold(word));
}
