// ALL CAPS signature lines (the dev7 coalition letter): a name in capitals over a "Title, Org" line is a
// person who works for the organisation, even when the lexicon knows none of its words as a given name.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

describe('signature blocks in capitals', () => {
  it('a capitals name over "Director, Org" is a person', () => {
    const r = read(
      'On behalf of the coalition:\n\nWILSON MOSQUERA PALACIOS\nDirector, Fundación Raíz Común\n\nMARÍA FERNANDA TOBÓN GALVIS\nExecutive Director, Colectivo Nodo Libre\n',
    );
    expect(r.ents).toEqual(
      expect.arrayContaining(['Person Wilson Mosquera Palacios', 'Person María Fernanda Tobón Galvis']),
    );
    expect(r.ents).not.toContain('Organization Wilson Mosquera Palacios');
    expect(r.rels).toEqual(
      expect.arrayContaining([
        'Wilson Mosquera Palacios -WORKS_FOR(Director)-> Fundación Raíz Común',
        'Wilson Mosquera Palacios -SIGNED-> DOC',
      ]),
    );
  });

  it('organisations in capitals listed without titles stay organisations', () => {
    const r = read(
      'Signed,\n\nFUNDACIÓN RAÍZ COMÚN\nCORPORACIÓN SEMILLA ANDINA\nCOLECTIVO DE REPORTERAS DEL LITORAL\n',
    );
    expect(r.ents.filter((e) => e.startsWith('Person'))).toEqual([]);
    expect(r.rels.filter((x) => x.endsWith('-SIGNED-> DOC'))).toHaveLength(3);
  });
});
