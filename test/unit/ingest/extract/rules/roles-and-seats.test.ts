// Roles and seats read on the blind set dev6: a describing noun between the role and the outlet, a role
// "for the company" before the name, a deputy of a Legislative Assembly, a coalition that "sits on" a body,
// and a demand "that the commission" act naming the body by a noun.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

describe('roles', () => {
  it('"X, the editor of the news site Y" works for Y', () => {
    const { rels } = read(
      'The lab found infections on seven devices, among them that of Rubén Calvo Esquivel, the editor of the news site Crónica Pacífica.\n',
    );
    expect(rels).toContain('Rubén Calvo Esquivel -WORKS_FOR(editor)-> Crónica Pacífica');
  });

  it('"A spokesperson for the company, X," works for the company named before, not for another body', () => {
    const { rels } = read(
      'The phone was infected with Corvid, a spyware product sold by Halcyon Dynamics, a company registered in Cyprus. The Legislative Assembly asked questions. A spokesperson for the company, Petros Kyriakou, said it sells only to governments.\n',
    );
    expect(rels).toContain('Petros Kyriakou -WORKS_FOR(spokesperson)-> Halcyon Dynamics');
    expect(
      rels.filter((r) => r.startsWith('Petros Kyriakou -WORKS_FOR') && !r.endsWith('Halcyon Dynamics')),
    ).toEqual([]);
  });

  it('"Deputy X" is a member of the Legislative Assembly the document names, and of no chamber it does not', () => {
    expect(
      read('The Legislative Assembly met.\n\nDeputy Esteban Villalobos Quirós asked questions.\n').rels,
    ).toContain('Esteban Villalobos Quirós -MEMBER_OF(deputy)-> Legislative Assembly');
    expect(
      read('Deputy Esteban Villalobos Quirós asked questions.\n').rels.filter((r) => r.includes('MEMBER_OF')),
    ).toEqual([]);
  });
});

describe('seats and demands on a body named by a noun', () => {
  const TEXT =
    'Her organisation is a member of the Costa Rica Open Government Network, a coalition of fourteen civil society groups that sits on the Comisión Nacional de Gobierno Abierto with government representatives.\n\nThe network has demanded that the commission suspend its work until the government publishes the contract.\n';

  it('"X, a coalition of groups that sits on Y" → X MEMBER_OF Y', () => {
    expect(read(TEXT).rels).toContain(
      'Costa Rica Open Government Network -MEMBER_OF-> Comisión Nacional de Gobierno Abierto',
    );
  });

  it('"The network has demanded that the commission suspend its work" → the network calls on the commission', () => {
    expect(read(TEXT).rels).toContain(
      'Costa Rica Open Government Network -CALLED_ON-> Comisión Nacional de Gobierno Abierto',
    );
  });

  it('"demanded that the commission" with no commission named before calls on no one', () => {
    const { rels } = read(
      'The Costa Rica Open Government Network demanded that the commission suspend its work.\n',
    );
    expect(rels.filter((r) => r.includes('CALLED_ON'))).toEqual([]);
  });
});
