// A given name that is also a place ("Milan", "Florence", "Austin") opens a person's name before a
// surname-like word, and stays a place before an ordinary word. Sentences of the dev11 wire story (Kenya),
// read after its blind measure.
import { describe, expect, it } from 'vitest';
import { read } from '../rules/passages.ts';

describe('people whose first name is a city', () => {
  it.each([
    [
      'Milan Koubek, a senior researcher at Spurwerk who led the technical analysis, said every infected phone had contacted servers run by a single operator inside Kenya.\n',
      'Person Milan Koubek',
    ],
    [
      'Among those targeted was Austin Omondi Were, an investigative reporter at the Daily Kivuko newspaper who has written about police procurement.\n',
      'Person Austin Omondi Were',
    ],
    [
      'Another, Florence Adhiambo Okello, presents a morning current-affairs show on Radio Mwangaza in Kisumu.\n',
      'Person Florence Adhiambo Okello',
    ],
  ])('%s', (text, person) => {
    const { ents } = read(text);
    expect(ents).toContain(person);
    expect(ents.filter((e) => /^Place (Milan|Austin|Florence)$/.test(e))).toEqual([]);
  });

  it('a city before an ordinary word stays a city', () => {
    const { ents } = read(
      'The delegation met journalists in Milan on Friday and visited Florence Cathedral.\n',
    );
    expect(ents).toContain('Place Milan');
    expect(ents.filter((e) => e.startsWith('Person'))).toEqual([]);
  });
});
