// A body named by its head and a complement ("Committee on Defence and Security") ends where a second
// complement starts: its parent after "of the", or its subject after "on the". Read on dev8 after its
// blind measure.
import { describe, expect, it } from 'vitest';
import { read } from '../rules/passages.ts';

describe("where a committee's name ends", () => {
  it('"Committee on A and B of the National Assembly" is the committee and the assembly', () => {
    const { ents } = read(
      'The Committee on Defence and Security of the National Assembly said it would hold a hearing in April.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining([
        'Organization Committee on Defence and Security',
        'Organization National Assembly',
      ]),
    );
    expect(ents.filter((e) => e.includes('of the National Assembly'))).toEqual([]);
  });

  it('"Statement by the Committee on A and B on the X allegations" stops before "on the"', () => {
    const { ents } = read(
      'Statement by the Committee on Defence and Security on the Marabou spyware allegations\n\nThe Committee met today.\n',
    );
    expect(ents).toContain('Organization Committee on Defence and Security');
    expect(ents.filter((e) => e.includes('on the Marabou'))).toEqual([]);
  });

  it('keeps a name whose "of the" continues its own complement', () => {
    const { ents } = read(
      'The Commission for the Protection of the Rights of the Child met the minister on Monday.\n',
    );
    expect(ents).toContain('Organization Commission for the Protection of the Rights of the Child');
  });
});
