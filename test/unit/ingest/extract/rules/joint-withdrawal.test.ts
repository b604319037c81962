// A joint statement whose "we" is its several signing organisations: "we are withdrawing from X" is a
// withdrawal of each of them (the document itself withdraws from nothing). Also: "Roundtable" and
// "Mesa ..." head an organisation's name, so the forum left is found whole.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const statement =
  'JOINT STATEMENT\n\nKigali, 4 June 2024\n\n' +
  'We, the undersigned civil society organisations, announce today that we are withdrawing from the ' +
  'National Open Data Roundtable (Mesa Nacional de Datos Abiertos), the forum where the action plan is written.\n\n' +
  'We ask the Ministry of ICT to publish the contracts.\n\n' +
  'Signed,\n\n' +
  'Umuhoza Rights Centre – Aline Mukamana, Executive Director\n' +
  'Ikaze Legal Aid Network – Eric Habimana, President\n' +
  'Open Budget Watch Rwanda – Diane Uwase, Executive Director\n';

describe('a joint statement\'s "we are withdrawing"', () => {
  const { rels, ents } = read(statement, 'joint-statement.txt');

  it('finds the forum whole', () => {
    expect(ents).toContain('Organization National Open Data Roundtable');
  });

  it.each([
    'Umuhoza Rights Centre -WITHDREW_FROM-> National Open Data Roundtable',
    'Ikaze Legal Aid Network -WITHDREW_FROM-> National Open Data Roundtable',
    'Open Budget Watch Rwanda -WITHDREW_FROM-> National Open Data Roundtable',
  ])('%s', (rel) => {
    expect(rels).toContain(rel);
  });

  it('does not make the document withdraw, nor a signer withdraw from itself', () => {
    expect(rels.filter((r) => r.startsWith('DOC -WITHDREW_FROM'))).toEqual([]);
    expect(rels.filter((r) => /^(.+) -WITHDREW_FROM-> \1$/.test(r))).toEqual([]);
  });
});

describe('"we" of one organisation is not every signer', () => {
  it('a statement with no signature block gives no signer withdrawal', () => {
    const { rels } = read(
      'Kigali, 4 June 2024\n\nWe are withdrawing from the National Open Data Roundtable, the forum where the plan is written.\n',
      'note.txt',
    );
    expect(rels.filter((r) => r.includes('WITHDREW_FROM'))).toEqual([]);
  });
});
