// "A and B of the X": the affiliation that closes a list of people is each one's, not only the last's.
// Read on dev8 ("written by Chisomo Lungu-Phiri and Thandiwe Kapesa of the CCA") after its blind measure.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

describe('people of an organisation named after a list of them', () => {
  it.each([
    'The report was written by Marta Kowalczyk and Jonas Lindqvist of the Baltic Institute for Digital Rights.\n',
    'The phones of Marta Kowalczyk and Jonas Lindqvist of the Baltic Institute for Digital Rights were infected, researchers said.\n',
  ])('gives both people of "A and B of the X" a WORKS_FOR: %s', (text) => {
    expect(read(text).rels).toEqual(
      expect.arrayContaining([
        'Marta Kowalczyk -WORKS_FOR-> Baltic Institute for Digital Rights',
        'Jonas Lindqvist -WORKS_FOR-> Baltic Institute for Digital Rights',
      ]),
    );
  });

  it('stops at anything but a list separator', () => {
    const { rels } = read(
      'Marta Kowalczyk told reporters that Jonas Lindqvist of the Baltic Institute for Digital Rights had been targeted.\n',
    );
    expect(rels).toContain('Jonas Lindqvist -WORKS_FOR-> Baltic Institute for Digital Rights');
    expect(rels).not.toContain('Marta Kowalczyk -WORKS_FOR-> Baltic Institute for Digital Rights');
  });
});
