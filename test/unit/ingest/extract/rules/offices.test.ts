// Officials named by a title of office that names or implies their institution, and the people the name
// finder misses after such a title. Invented names in no table; institutions named in the passage or in the
// curated alias table only.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('offices: a title of office gives WORKS_FOR and LEADS its institution', () => {
  it.each([
    [
      'The Attorney General, Ismael Corona Vidal, said on Monday that the Attorney General’s Office would review the contract.',
      "Ismael Corona Vidal -LEADS-> Attorney General's Office",
    ],
    [
      'Julieta Arce Moreno, the Secretary of Public Administration, declined to answer questions about the plan.',
      'Julieta Arce Moreno -LEADS-> Secretaría de la Función Pública',
    ],
    [
      'The Office of the High Commissioner for Human Rights asked for an inquiry. The High Commissioner, Oskar Lindahl, said Mexico must act.',
      'Oskar Lindahl -LEADS-> Office of the High Commissioner for Human Rights',
    ],
    [
      'The Department of Digital Affairs was silent. Its chief, the Minister of Digital Affairs Tomás Ugalde Ríos, did not reply.',
      'Tomás Ugalde Ríos -WORKS_FOR-> Department of Digital Affairs',
    ],
    [
      'The Ministry of the Interior was silent. Interior Minister Fernando Ugalde Mora said no one had approved it.',
      'Fernando Ugalde Mora -LEADS-> Ministry of the Interior',
    ],
    [
      'Raúl Cervera Montaño, the attorney general, said the PGR would review the purchase.',
      "Raúl Cervera Montaño -LEADS-> Attorney General's Office",
    ],
  ])('%s', (text, expected) => {
    expect(read(text).relations).toContain(expected);
  });

  it('keeps the title as the role and a deputy out of LEADS', () => {
    const r = read('Nadia Reyes Olmos, the Deputy Secretary of Public Administration, spoke to the Senate.');
    expect(r.roles).toContain(
      'Nadia Reyes Olmos deputy secretary of public administration Secretaría de la Función Pública',
    );
    expect(r.relations).not.toContain('Nadia Reyes Olmos -LEADS-> Secretaría de la Función Pública');
  });

  it('reads no ministry out of "Prime Minister"', () => {
    const r = read('Prime Minister Ana Kovač met officials of the Ministry of Finance on Tuesday.');
    expect(r.relations.filter((x) => /WORKS_FOR|LEADS/.test(x))).toEqual([]);
  });

  it('invents no institution the document and the alias table lack', () => {
    const r = read('Marcos Teodoro Villa, the Secretary of Rural Housing, visited the town on Friday.');
    expect(r.relations.filter((x) => /WORKS_FOR|LEADS/.test(x))).toEqual([]);
  });

  it('reads the holder out of "the Secretary of X Given Surname Surname"', () => {
    const r = read(
      'The Ministry of Public Administration signed the plan. The Secretary of Public Administration Ramón Ibáñez Torres told legislators it would go on.',
    );
    expect(r.entities).toContain('Person Ramón Ibáñez Torres');
    expect(r.relations).toContain('Ramón Ibáñez Torres -LEADS-> Secretaría de la Función Pública');
  });

  it('takes no domain word for a given name ("Secretary of Public Administration" alone is no person)', () => {
    const r = read('The Secretary of Public Administration Office published its report on Monday.');
    expect(r.entities.filter((e) => e.startsWith('Person'))).toEqual([]);
  });
});
