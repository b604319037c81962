// Places the gazetteer lacks, typed by a known place next to them or by "the city of".
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('places: cities read from their company', () => {
  it.each([
    ['Activists in Oaxaca and Monterrey said they had received similar messages.', 'Monterrey'],
    ['The messages were sent from numbers in Tepic and Guadalajara.', 'Tepic'],
    ['The lawyer lives in Puerto Escondido, Mexico, with her family.', 'Puerto Escondido'],
    ['The city of Zitácuaro has no forensic laboratory.', 'Zitácuaro'],
    ['Reporters based in Mexico City said so.', 'Mexico City'],
    [
      'Its reporters had been covering land disputes in the coastal town of Puerto Ángeles del Mar for a year.',
      'Puerto Ángeles del Mar',
    ],
    [
      'Members of the council were targeted, as was Armando Treviño, a physician in Hermosillo who advises it.',
      'Hermosillo',
    ],
    [
      '"We spent a year at that table," said Rodrigo Anaya Luján, a lawyer, speaking by phone from Tepic.',
      'Tepic',
    ],
  ])('%s → %s', (text, place) => expect(read(text).entities).toContain(`Place ${place}`));

  it.each([
    // An organisation coordinated with a place is no place.
    'He flew to Geneva and Human Rights Watch said it would follow the case.',
    // A person after "and" in a sentence about a place.
    'She met activists in Oaxaca and Ana Ruiz said the meeting went well.',
    // Ordinary words after "the state of".
    'The state of Emergency was declared.',
    // A field of work after a job noun is no place.
    'Lucía Ortega, a specialist in Public Health, said so.',
  ])('types no new place in: %s', (text) => {
    const places = read(text).entities.filter((e) => e.startsWith('Place'));
    expect(places.every((p) => /Geneva|Oaxaca/.test(p))).toBe(true);
  });
});
