// Typing names no table knows: Spanish associations, chambers of state, media outlets, bare acronyms after
// "the", people with unknown names before "of the <Org>", and where a name stops (dates, places, lists).
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('Spanish association names are organisations, not people', () => {
  it.each([
    [
      'The statement is endorsed by Abogadas Unidas. Its president, Rocío Tamez Gil, will present it.',
      'Abogadas Unidas',
    ],
    ['Members of the network, among them Causa Común, had complained.', 'Causa Común'],
    ['Mirada Común has asked the commission to open a complaint file.', 'Mirada Común'],
  ])('%s', (text, name) => {
    const r = read(text);
    expect(r.entities).toContain(`Organization ${name}`);
    expect(r.entities).not.toContain(`Person ${name}`);
  });

  it('an English adjective does not make an association ("Illegal Digital Surveillance")', () => {
    expect(read('Illegal Digital Surveillance in Mexico Update\n').entities).not.toContain(
      'Organization Illegal Digital',
    );
  });
});

describe('chambers of state named by one word', () => {
  it('"the Senate" is an organisation and a weekday after "on" is no part of it', () => {
    const r = read('Eleven organisations asked the Senate on Monday to summon the Attorney General.');
    expect(r.entities).toContain('Organization Senate');
    expect(r.entities.filter((e) => e.includes('Monday'))).toEqual([]);
    expect(r.kinds).toContain('Senate: government');
  });

  it('"el Senado de la República" is one organisation', () => {
    expect(read('Pidió al Senado de la República crear una comisión especial.').entities).toContain(
      'Organization Senado de la República',
    );
  });
});

describe('where a name stops', () => {
  it('"<Org> in <Place>" is the organisation and the place', () => {
    const r = read('Santiago Lomelín is a reporter at Diario Cenzontle in Oaxaca, a southern state.');
    expect(r.entities).toEqual(expect.arrayContaining(['Organization Diario Cenzontle', 'Place Oaxaca']));
    expect(r.entities.filter((e) => e.includes('Cenzontle in'))).toEqual([]);
  });

  it('"A y la B": two Spanish organisations joined by "y la"', () => {
    const r = read(
      'El Centro Tonantzin de Derechos Humanos y la Coalición Cívica por la Transparencia y la Rendición de Cuentas exigen una investigación.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization Centro Tonantzin de Derechos Humanos',
        'Organization Coalición Cívica por la Transparencia y la Rendición de Cuentas',
      ]),
    );
  });
});

describe('people with names no lexicon knows', () => {
  it('"<Name> of the <Org>" after a title gives the person and the organisation', () => {
    const r = read("The Steering Committee's co-chair, Kemi Adeyemi of the Lagos Policy Forum, said it.");
    expect(r.entities).toEqual(
      expect.arrayContaining(['Person Kemi Adeyemi', 'Organization Lagos Policy Forum']),
    );
    expect(r.relations).toContain('Kemi Adeyemi -WORKS_FOR-> Lagos Policy Forum');
  });

  it('"X of Org and Y of the Org": two people, two organisations', () => {
    const r = read(
      'They interviewed Tomás Ugarte Benavente of Transparencia Mexicana and Rosa Kowalczyk of the Mexican Institute for Competitiveness (IMCO).',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Person Tomás Ugarte Benavente',
        'Organization Transparencia Mexicana',
        'Person Rosa Kowalczyk',
        'Organization Mexican Institute for Competitiveness',
      ]),
    );
    expect(r.relations).toContain('Rosa Kowalczyk -WORKS_FOR-> Mexican Institute for Competitiveness');
  });
});

describe('media outlets', () => {
  it.each([
    ['The reporters work for Radio Xalli, a community station.', 'Radio Xalli'],
    ['She writes for the weekly El Faro de Tuxtepec.', 'El Faro de Tuxtepec'],
  ])('%s', (text, name) => {
    const r = read(text);
    expect(r.entities).toContain(`Organization ${name}`);
    expect(r.kinds).toContain(`${name}: media`);
  });
});

describe('bare acronyms after "the"', () => {
  it.each([
    ['Mirada Común has asked the CNDH to open a complaint file.', 'CNDH'],
    ['The group would bring the messages before the IACHR in October.', 'IACHR'],
  ])('%s', (text, acr) => {
    expect(read(text).entities).toContain(`Organization ${acr}`);
  });

  it.each([
    'The SMS messages carried links.',
    'He sent the PDF to the lab.',
    'They met the CEO of the firm.',
  ])('a thing or a modifier is no organisation: %s', (text) => {
    expect(read(text).entities.filter((e) => /SMS|PDF|CEO/.test(e))).toEqual([]);
  });
});

describe('people named by initials, by given names the lexicon calls words, by surnames', () => {
  it('"a spokesperson for his ministry, T. Vidaurri, added"', () => {
    expect(
      read('A spokesperson for his ministry, T. Vidaurri, added that the ministry had no contracts.')
        .entities,
    ).toContain('Person T. Vidaurri');
  });

  it('"Santiago Lomelín, an investigative reporter at Diario Cenzontle"', () => {
    const r = read(
      'Among those targeted was Santiago Lomelín, an investigative reporter at Diario Cenzontle.',
    );
    expect(r.entities).toContain('Person Santiago Lomelín');
    expect(r.relations).toContain('Santiago Lomelín -WORKS_FOR-> Diario Cenzontle');
  });

  it('"Human Rights, a lawyer" is still no person', () => {
    expect(read('He studied Human Rights, a lawyer said.').entities).not.toContain('Person Human Rights');
  });

  it('a later "Jiménez de la Garza" is the one "Verónica Jiménez de la Garza"', () => {
    const r = read(
      "CEPROD's coordinator, Verónica Jiménez de la Garza, said the case mattered. Jiménez de la Garza said the group would go.",
    );
    expect(r.entities.filter((e) => e.startsWith('Person'))).toEqual(['Person Verónica Jiménez de la Garza']);
  });
});

describe('headings in capitals and titles of outlets', () => {
  it('reads only known names out of a heading in capitals', () => {
    const r = read(
      'JOINT STATEMENT BY MEXICAN CIVIL SOCIETY ORGANISATIONS ON THE PEGASUS CASE\n\nWe reject the answers of the OGP.\n',
    );
    expect(r.entities.filter((e) => e.includes('JOINT STATEMENT'))).toEqual([]);
  });

  it('still reads a known name out of a heading in capitals', () => {
    expect(read('2. THE TRIPARTITE TECHNICAL SECRETARIAT\n\nIt met twice.\n').entities).toContain(
      'Organization Tripartite Technical Secretariat',
    );
  });

  it('"told The Gulf Ledger": a title after a capitalised "The" is a media outlet', () => {
    const r = read(
      'Marisol Barrientos, a commissioner at INAI, told The Gulf Ledger that the institute would stay.',
    );
    expect(r.kinds).toContain('Gulf Ledger: media');
  });
});

describe('a Spanish name does not run on through English connectors', () => {
  it('"the community station Radio Teocintle in the Mixteca region"', () => {
    const r = read(
      'Berenice Ochoa, a host at the community station Radio Teocintle in the Mixteca region, was targeted.',
    );
    expect(r.entities).toContain('Organization Radio Teocintle');
    expect(r.entities.filter((e) => e.includes('Teocintle in'))).toEqual([]);
  });
});

describe('Spanish place names', () => {
  it('"Ciudad Guzmán" is a place, not a person', () => {
    const r = read('Gerardo Peñaloza, a researcher at the institute in Ciudad Guzmán, said so.');
    expect(r.entities).not.toContain('Person Ciudad Guzmán');
  });
});
