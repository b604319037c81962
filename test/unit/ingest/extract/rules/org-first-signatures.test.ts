// Signatory lists that name the organisation first ("Org — Name, role"), as Spanish comunicados do under
// "Firman:": the organisation signs, its representative signs and works for it with the role given.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const LIST =
  'Exigimos al Ministerio de la Presidencia que publique el contrato.\n\nFirman:\n\n- Fundación Acceso Libre — Gabriela Mendieta Soto, directora ejecutiva\n- Asociación Periodística Guanacaste — Hernán Jiménez Arce, presidente\n- Observatorio Ciudadano de Transparencia Fiscal — Julio Zeledón Murillo, investigador\n';

describe('"Org — Name, role" signatory lines', () => {
  const { rels } = read(LIST, 'comunicado.md');

  it.each([
    'Fundación Acceso Libre -SIGNED-> DOC',
    'Gabriela Mendieta Soto -SIGNED-> DOC',
    'Gabriela Mendieta Soto -WORKS_FOR(directora ejecutiva)-> Fundación Acceso Libre',
    'Asociación Periodística Guanacaste -SIGNED-> DOC',
    'Hernán Jiménez Arce -WORKS_FOR(presidente)-> Asociación Periodística Guanacaste',
    'Observatorio Ciudadano de Transparencia Fiscal -SIGNED-> DOC',
    'Julio Zeledón Murillo -WORKS_FOR(investigador)-> Observatorio Ciudadano de Transparencia Fiscal',
  ])('draws %s', (r) => expect(rels).toContain(r));

  it('"Name - Org" lines still sign by the person only', () => {
    const got = read(
      'We call on the Senate to act.\n\nSigned,\n\nGabriela Mendieta Soto - Fundación Acceso Libre\nHernán Jiménez Arce - Asociación Periodística Guanacaste\n',
    ).rels;
    expect(got).toContain('Gabriela Mendieta Soto -SIGNED-> DOC');
    expect(got.filter((r) => r.startsWith('Fundación Acceso Libre -SIGNED'))).toEqual([]);
  });

  it('"Access Now - Latin America" is an organisation and its region, not an organisation and a signer', () => {
    const got = read('We call on the Senate to act.\n\nSigned,\n\nAccess Now - Latin America\n').rels;
    expect(got.filter((r) => r.includes('WORKS_FOR'))).toEqual([]);
  });
});
