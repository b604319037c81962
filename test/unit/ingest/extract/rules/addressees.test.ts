// Addressee lines of letters ("To:", "Cc:", "Dear President X,") and the sentences that are no addressee.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const BODY =
  '\n\nWe write to express our concern about the surveillance of activists.\n\nSincerely,\n\nAccess Now\n';

describe('addressees', () => {
  const cases: [string, string, string[]][] = [
    [
      '"To:" a body of an organisation',
      'To: Members of the Steering Committee, Open Government Partnership',
      ['DOC -ADDRESSED_TO-> Steering Committee'],
    ],
    [
      '"Cc:" a person with title and organisation',
      'Cc: Mariela Quintanar, Chief Executive Officer, Open Government Partnership',
      [
        'DOC -ADDRESSED_TO-> Mariela Quintanar',
        'Mariela Quintanar -WORKS_FOR(Chief Executive Officer)-> Open Government Partnership',
      ],
    ],
    [
      'Markdown "**To:**" a titled person, and "Dear President <surname>"',
      '**To:** President Rosalío Benavente Ochoa\n**Cc:** Secretaría de Gobernación\n\nDear President Benavente,',
      ['DOC -ADDRESSED_TO-> Rosalío Benavente Ochoa', 'DOC -ADDRESSED_TO-> Secretaría de Gobernación'],
    ],
    [
      '"Dear members of the Steering Committee"',
      'Dear members of the Steering Committee,',
      ['DOC -ADDRESSED_TO-> Steering Committee'],
    ],
  ];
  it.each(cases)('%s', (_what, head, expected) => {
    const { rels } = read(head + BODY);
    for (const r of expected) expect(rels).toContain(r);
  });

  it('"copied to:" inside a sentence is no addressee', () => {
    const { rels } = read(
      'Dear Colleagues,\n\nThe letter was copied to: the Support Unit and the Criteria and Standards Subcommittee.' +
        BODY,
    );
    expect(rels.filter((r) => r.includes('-ADDRESSED_TO->'))).toEqual([]);
  });
});
