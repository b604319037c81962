// Relations that a careful reader does not draw, each reported on a real sentence of a blind set: a critic
// of the use is no user, staff named as sources are no victims, one signer among several is not the letter's
// "we", a second verb joined by "and" keeps the sentence's subject, "asked for" names a thing, not an addressee.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const PEGASUS = 'Pegasus, made by NSO Group, was used against activists. ';
const only = (rels: string[], type: string) => rels.filter((r) => r.includes(`-${type}`));

describe('false relations', () => {
  it('"OLAVI condemns the use of the Pegasus spyware" draws no USED', () => {
    const { rels } = read(
      'Statement\n\nThe Observatorio Latinoamericano de Vigilancia Digital (OLAVI) condemns the use of the Pegasus spyware against lawyers, journalists and members of civil society in Mexico.\n',
      'statement.txt',
    );
    expect(only(rels, 'USED')).toEqual([]);
  });

  it('"the evidence, published by Citizen Lab, that Pegasus had been used against" names no user', () => {
    const { rels } = read(
      'The immediate cause was the evidence, published by Citizen Lab, that Pegasus had been used against people working on public health.\n',
    );
    expect(only(rels, 'USED')).toEqual([]);
  });

  it('still reads a user before "used" and after "used by"', () => {
    expect(read('The Attorney General’s Office used Pegasus against journalists.\n').rels).toContain(
      "Attorney General's Office -USED-> Pegasus",
    );
    expect(read('Pegasus was used by the Attorney General’s Office against journalists.\n').rels).toContain(
      "Attorney General's Office -USED-> Pegasus",
    );
  });

  it('"Researchers at X, including A and B, spoke" draws no TARGETED', () => {
    const { rels } = read(
      PEGASUS +
        'Researchers at Lakeside Lab, including Ana Ruiz and Luis Gómez, spoke at the press conference and described how the infection links were built.\n',
    );
    expect(only(rels, 'TARGETED')).toEqual([]);
  });

  it('the victims of "the spyware targeted four members of X, including its director, Y" stay', () => {
    const { rels } = read(
      PEGASUS +
        'Our interviews show that the spyware targeted at least four members of the Laboratorio Cívico Ameyalli, including its director, Claudia Esparza Molina.\n',
    );
    expect(rels).toContain('Pegasus -TARGETED-> Claudia Esparza Molina');
  });

  it('an "Alliance" that signs among several organisations is not the letter\'s "we"', () => {
    const { rels } = read(
      [
        'Mexico City, 10 July 2017',
        '',
        'Dear Ms. Forsberg,',
        '',
        'We, the undersigned organisations from across the region, support the decision of Mexican civil society to leave the Tripartite Technical Secretariat until the surveillance of its members is investigated.',
        '',
        'We ask the Open Government Partnership to open a Response Policy case on Mexico.',
        '',
        'Sincerely,',
        '',
        'Irene Castell - Colectivo Faro Digital',
        'Matthias Kühn - Fundación Horizonte Abierto',
        'Adaeze Okonkwo - Digital Rights Alliance of Lagos',
        '',
      ].join('\n'),
      'letter.txt',
    );
    const alliance = rels.filter((r) => r.startsWith('Digital Rights Alliance of Lagos -'));
    expect(alliance).toEqual([]);
    expect(rels.filter((r) => r.includes('-MEMBER_OF-> Digital Rights Alliance'))).toEqual([]);
    expect(rels).toContain('DOC -CALLED_ON-> Open Government Partnership');
  });

  it('"The network supports the request of the IACHR ... and calls on INAI": the network calls', () => {
    const { rels } = read(
      'Statement\n\nThe Observatorio Latinoamericano de Vigilancia Digital (OLAVI) condemns the surveillance of lawyers.\n\nThe network supports the request of the Inter-American Commission on Human Rights for an independent panel of experts and calls on the National Institute for Transparency, Access to Information and Personal Data Protection (INAI) to review the contracts.\n',
      'statement.txt',
    );
    const calls = only(rels, 'CALLED_ON');
    expect(calls.filter((r) => r.startsWith('Inter-American'))).toEqual([]);
    expect(
      calls.some((r) =>
        r.startsWith('Observatorio Latinoamericano de Vigilancia Digital -CALLED_ON-> National Institute'),
      ),
    ).toBe(true);
  });

  it('a quoted "We asked for an independent panel," said X draws no CALLED_ON to the speaker', () => {
    const { rels } = read(
      'Civil society groups were not convinced. "We asked for an independent panel and got a press conference," said Adriana Beltrán Rocha, the coordinator of Red Cívica Tlaloc, a network of twelve organisations.\n',
    );
    expect(only(rels, 'CALLED_ON')).toEqual([]);
  });

  it('"summon the Attorney General over the purchase ... from NSO Group" summons no company', () => {
    const { rels } = read(
      'Eleven civil society organisations asked the Senate on Monday to summon the Attorney General over the purchase of Pegasus from NSO Group.\n',
    );
    expect(rels.filter((r) => r.includes('-CALLED_ON-> NSO Group'))).toEqual([]);
  });

  it('"By X, El Vigía Andino": a name led by an article is the outlet, not a second author', () => {
    const { rels, ents } = read('# Title\n\n*By Gonzalo Arriarán Tello, El Vigía Andino*\n\nThe story.\n');
    expect(ents).not.toContain('Person Vigía Andino');
    expect(rels).toContain('El Vigía Andino -PUBLISHED-> DOC');
    expect(rels).toContain('Gonzalo Arriarán Tello -WORKS_FOR-> El Vigía Andino');
  });

  it('a dateline city after a byline is no outlet or employer', () => {
    const { rels } = read(
      '# Title\n\nBy Lucía Ferrer Gavilán, Mexico City, 14 July 2017\n\nThe story begins here.\n',
    );
    expect(rels).toContain('Lucía Ferrer Gavilán -AUTHORED-> DOC');
    expect(rels.filter((r) => r.includes('Mexico City'))).toEqual([]);
  });
});
