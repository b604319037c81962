// Officials named once after their title: "the UN Special Rapporteur on X, Name", "Org's secretary general,
// Name", "Name, the IACHR's special rapporteur", "Name, who heads Org". Invented names in no table.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('titles: WORKS_FOR from an organisation title next to a person', () => {
  it.each([
    [
      'The United Nations Special Rapporteur on freedom of opinion and expression, Gerhard Lindqvist, called the findings alarming.',
      'Gerhard Lindqvist -WORKS_FOR-> United Nations',
    ],
    [
      '"Surveillance of this kind chills everyone," said the UN\'s Special Rapporteur on the right to privacy, Xóchitl Quintanar.',
      'Xóchitl Quintanar -WORKS_FOR-> United Nations',
    ],
    [
      "Amnesty International's secretary general, Noor Haddad, said the government must explain who bought the tool.",
      'Noor Haddad -WORKS_FOR-> Amnesty International',
    ],
    [
      'The Special Rapporteur for Freedom of Expression of the Inter-American Commission on Human Rights, Emilia Cárdenas, asked for an inquiry.',
      'Emilia Cárdenas -WORKS_FOR-> Inter-American Commission on Human Rights',
    ],
    [
      "Marcelo Pizarro, the IACHR's special rapporteur for freedom of expression, said the attacks must be investigated.",
      'Marcelo Pizarro -WORKS_FOR-> IACHR',
    ],
    [
      'Gerhard Lindqvist, the UN Special Rapporteur on freedom of expression, said it too.',
      'Gerhard Lindqvist -WORKS_FOR-> United Nations',
    ],
    [
      'Also targeted were Rosario Benavente, who heads the Consumer Power Alliance, and two of her staff.',
      'Rosario Benavente -LEADS-> Consumer Power Alliance',
    ],
    [
      'The director of the Mexican Institute for Fiscal Transparency, Ramiro Estefan, said his organisation would not return.',
      'Ramiro Estefan -WORKS_FOR-> Mexican Institute for Fiscal Transparency',
    ],
  ])('%s → %s', (text, relation) => expect(read(text).relations).toContain(relation));

  it('keeps the title as the role and makes a rapporteur’s body multilateral', () => {
    const r = read("Marcelo Pizarro, the IACHR's special rapporteur for freedom of expression, said so.");
    expect(r.roles).toContain('Marcelo Pizarro special rapporteur for freedom of expression IACHR');
    expect(r.kinds).toContain('IACHR: multilateral');
  });

  it.each([
    // The organisation told the rapporteur something: no title of the organisation.
    'Amnesty International told the rapporteur, Gerhard Lindqvist, that the messages were real.',
    // A person described by a relative clause that names no job.
    'Rosario Benavente, who met the Consumer Power Alliance last year, was targeted.',
  ])('draws no WORKS_FOR from: %s', (text) =>
    expect(read(text).relations.filter((r) => /WORKS_FOR|LEADS/.test(r))).toEqual([]),
  );
});

describe('titles: relative clauses and units', () => {
  it('reads "who directs the think tank X"', () => {
    const r = read(
      'Among the other victims was Rubén Quiroz, who directs the think tank Transparencia Mexicana Hoy.',
    );
    expect(r.relations).toContain('Rubén Quiroz -LEADS-> Transparencia Mexicana Hoy');
  });

  it('reads "a researcher with the Unit at the National Institute" as WORKS_FOR and PART_OF', () => {
    const r = read(
      'Fernando Ochoa, a researcher with the Nutrition Policy Unit at the National Institute of Public Health Studies, received messages.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Fernando Ochoa -WORKS_FOR-> Nutrition Policy Unit',
        'Nutrition Policy Unit -PART_OF-> National Institute of Public Health Studies',
      ]),
    );
  });

  it('draws no PART_OF between an organisation and one it merely met', () => {
    const r = read('The Collective Against Impunity met at the National Institute of Public Health Studies.');
    expect(r.relations.filter((x) => x.includes('PART_OF'))).toEqual([]);
  });
});

describe('roles: "a <job> at the group" points back to the organisation named before', () => {
  it('reads the group as the last civil-society organisation', () => {
    const r = read(
      '"We cannot sit at the same table," said Marisa Quevedo, who coordinates Transparencia Activa. Her colleague Tomás Beltrán, a policy analyst at the group, said the secretariat was empty.',
    );
    expect(r.relations).toContain('Tomás Beltrán -WORKS_FOR-> Transparencia Activa');
    expect(r.roles).toContain('Marisa Quevedo coordinator Transparencia Activa');
  });

  it('draws nothing when no organisation was named before', () => {
    const r = read('Tomás Beltrán, a policy analyst at the group, said the secretariat was empty.');
    expect(r.relations.filter((x) => x.includes('WORKS_FOR'))).toEqual([]);
  });

  it('does not read "the group of experts" as the group named before', () => {
    const r = read(
      'Transparencia Activa left the secretariat. Tomás Beltrán, a member of the group of experts, said so.',
    );
    expect(r.relations.filter((x) => x.includes('WORKS_FOR'))).toEqual([]);
  });
});
