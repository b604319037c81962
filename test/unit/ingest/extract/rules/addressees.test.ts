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

  it('a recipient block above the salutation: the person, and the organisation they work for', () => {
    const { rels } = read(
      '12 July 2017\n\nSecretary Arely Gómez\nSecretaría de la Función Pública\nMexico City\n\nDear Secretary Gómez,' +
        BODY,
    );
    expect(rels).toContain('DOC -ADDRESSED_TO-> Arely Gómez');
    expect(rels).toContain('Arely Gómez -WORKS_FOR(secretary)-> Secretaría de la Función Pública');
  });

  it('"cc:" after the signatures', () => {
    const { rels } = read(
      'Dear Colleagues,' + BODY + '\ncc: Instituto Nacional de Transparencia; Oficina de la Presidencia\n',
    );
    expect(rels).toContain('DOC -ADDRESSED_TO-> Oficina de la Presidencia');
  });

  it('the title of the letter above the salutation is no recipient', () => {
    const { rels } = read('OPEN LETTER TO THE STEERING COMMITTEE\n\nDear Colleagues,' + BODY);
    expect(rels.filter((r) => r.includes('-ADDRESSED_TO->'))).toEqual([]);
  });

  it('"copied to:" inside a sentence is no addressee', () => {
    const { rels } = read(
      'Dear Colleagues,\n\nThe letter was copied to: the Support Unit and the Criteria and Standards Subcommittee.' +
        BODY,
    );
    expect(rels.filter((r) => r.includes('-ADDRESSED_TO->'))).toEqual([]);
  });
});
