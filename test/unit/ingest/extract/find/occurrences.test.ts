// Table names with a digit ("Article 19") are found by the occurrence pass: the name finder stops at numbers.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('occurrences: curated names with a digit', () => {
  it('finds "Article 19" written in mixed case, and its collaboration', () => {
    const r = read(
      'The report by Citizen Lab together with R3D, SocialTIC and Article 19 was published on 19 June 2017.',
    );
    expect(r.entities).toContain('Organization Article 19');
    expect(r.relations).toContain('Citizen Lab -COLLABORATED_WITH-> Article 19');
  });

  it.each([
    'The right is protected by Article 19 of the covenant, the lawyers said.',
    'Mexico violated Article 19(2) of the ICCPR.',
  ])('does not take an article of a law for the organisation: %s', (sentence) => {
    expect(read(sentence).entities).not.toContain('Organization Article 19');
  });
});
