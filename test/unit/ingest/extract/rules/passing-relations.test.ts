// Relations a careful reader draws from sentences of the dev sets dev4b, dev5, dev6, dev6b, dev7 and dev7b
// that the rules missed at the start of session 6: wrapped "Org — Name, role" signature rows, signers
// "of" a coalition, plural members, "ask you to" in a letter, titles naming their body in apposition,
// Spanish roles, press contacts, datelines and bylines naming the outlet, and work done with a partner.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

describe('"Org — Name, role" rows of a hard-wrapped letter stay one row a line', () => {
  // dev6b joint letter: its body is wrapped at about 105 characters, so the rows looked wrapped too.
  const wrapped =
    'Santo Domingo, 6 May 2024\n\nDear Deputy Polanco Reyes,\n\n' +
    'We, the undersigned organisations, write to ask the Standing Committee on Justice and Human Rights to open\n' +
    'an inquiry into the use of the Sirocco spyware against at least six Dominican journalists and two of the\n' +
    'human rights defenders who work with them in the provinces of the south and the east of the country.\n' +
    'A forensic study by the Lindholm Centre for Cyber Accountability, carried out with the Observatorio\n' +
    'Dominicano de Derechos Digitales (ODDD), found that the phones were infected between March and November.\n\n' +
    'Sincerely,\n\n' +
    'Observatorio Dominicano de Derechos Digitales — Esmeralda Pimentel Batista, Director\n' +
    'Fundación Brisa Democrática — Joaquín Frías Ureña, President\n' +
    'Colectivo Periodismo Libre Quisqueya — Yanelis Soto Almánzar, Coordinator\n' +
    'Caribbean Press Freedom Alliance — Desmond Achterberg, Regional Representative\n';
  const { rels } = read(wrapped, 'joint-letter.txt');

  it.each([
    'Esmeralda Pimentel Batista -SIGNED-> DOC',
    'Esmeralda Pimentel Batista -WORKS_FOR(Director)-> Observatorio Dominicano de Derechos Digitales',
    'Fundación Brisa Democrática -SIGNED-> DOC',
    'Joaquín Frías Ureña -WORKS_FOR(President)-> Fundación Brisa Democrática',
    'Desmond Achterberg -SIGNED-> DOC',
    'Desmond Achterberg -WORKS_FOR(Regional Representative)-> Caribbean Press Freedom Alliance',
    'Lindholm Centre for Cyber Accountability -COLLABORATED_WITH-> Observatorio Dominicano de Derechos Digitales',
  ])('draws %s', (r) => expect(rels).toContain(r));

  it('the last signer is one signer among four, not the collective that wrote the letter', () => {
    expect(rels).not.toContain('Caribbean Press Freedom Alliance -AUTHORED-> DOC');
    expect(rels.filter((r) => r.includes('-MEMBER_OF-> Caribbean Press Freedom Alliance'))).toEqual([]);
  });
});

describe('signers "of" a coalition and plural members', () => {
  it('"We, the undersigned organisations of the X (ACR)" makes each signing organisation a member of X', () => {
    const { rels } = read(
      'Bogotá, 15 March 2021\n\nTo: The President of the Republic of Colombia\n\n' +
        'We, the undersigned organisations of the Alianza Ciudadana por la Transparencia Digital (ACTD), write to express our alarm at the use of the Pangolin spyware.\n\n' +
        'Signed,\n\nFUNDACIÓN RAÍZ COMÚN\nCorporación Semilla Andina\nInstituto Caribe de Derechos Digitales\n',
      'open-letter.txt',
    );
    for (const o of ['Corporación Semilla Andina', 'Instituto Caribe de Derechos Digitales'])
      expect(rels).toContain(`${o} -MEMBER_OF-> Alianza Ciudadana por la Transparencia Digital`);
    expect(
      rels.filter((r) => r.startsWith('Alianza Ciudadana por la Transparencia Digital -MEMBER_OF')),
    ).toEqual([]);
  });

  it('"A and the B are members of C": both are', () => {
    const { rels } = read(
      'Colectivo Pukllay and the Red Qhapaq de Periodistas are members of the Alianza Regional por la Libre Expresión, which has followed these cases since 2017.',
    );
    expect(rels).toContain('Colectivo Pukllay -MEMBER_OF-> Alianza Regional por la Libre Expresión');
    expect(rels).toContain('Red Qhapaq de Periodistas -MEMBER_OF-> Alianza Regional por la Libre Expresión');
  });

  it('"X is a member of Y" still names only X', () => {
    const { rels } = read(
      'Colectivo Pukllay and the Red Qhapaq de Periodistas wrote to the ombudsman. The Red Qhapaq de Periodistas is a member of the Alianza Regional por la Libre Expresión.',
    );
    expect(rels).not.toContain('Colectivo Pukllay -MEMBER_OF-> Alianza Regional por la Libre Expresión');
  });
});

describe('"ask you to" in a letter calls on the one it is addressed to', () => {
  it('dev4b letter to the ombudsman', () => {
    const { rels } = read(
      "Lima, 15 April 2019\n\nMs. Fiorella Cárdenas Yupanqui\nOmbudsman\nOmbudsman's Office of Peru\n\nDear Ms. Cárdenas Yupanqui,\n\n" +
        "We, the undersigned organisations, write to ask you to open an independent investigation into the infection of journalists' phones with the Sombra spyware.\n\n" +
        'Sincerely,\n\nRosa Tupayachi Quispe - Colectivo Pukllay\nMartín Huancaya Flores - Red Qhapaq de Periodistas\n',
      'joint-letter.txt',
    );
    expect(rels).toContain('DOC -CALLED_ON-> Fiorella Cárdenas Yupanqui');
  });

  it('"you" in a text addressed to no one calls on no one', () => {
    const { rels } = read('We ask you to read the report before the hearing of the Senate Committee.');
    expect(rels.filter((r) => r.includes('CALLED_ON'))).toEqual([]);
  });
});

describe('a title naming its body, then the name in apposition', () => {
  it.each([
    [
      'A spokesman for Orvana Dynamics, Demetris Kyriakou, said the company sells only to governments and "cannot comment on specific clients."',
      'Demetris Kyriakou -WORKS_FOR(spokesman)-> Orvana Dynamics',
    ],
    [
      'A researcher at the Universidad de Occidente, Matías Echenique, told reporters that at least two of the protesters had received infected links.',
      'Matías Echenique -WORKS_FOR(researcher)-> Universidad de Occidente',
    ],
    [
      "The Steering Committee's civil society co-chair, Kemi Adeyemi of the Lagos Policy Forum, said the committee could place Mexico under review.",
      'Kemi Adeyemi -CO_CHAIR_OF(co-chair)-> Steering Committee',
    ],
  ])('%s', (text, rel) => expect(read(text).rels).toContain(rel));

  it('a title before an organisation that is not apposed to the name draws nothing', () => {
    const { rels } = read(
      'The director of Orvana Dynamics met the minister on Monday, and Demetris Kyriakou said nothing.',
    );
    expect(rels.filter((r) => r.startsWith('Demetris Kyriakou -WORKS_FOR'))).toEqual([]);
  });
});

describe('Spanish roles and press contacts', () => {
  it.each([
    [
      'Entre ellos se encuentra Ramiro Ocotlán Pacheco Landa, abogado del Centro Tonantzin de Derechos Humanos, quien representa a las familias.',
      'Ramiro Ocotlán Pacheco Landa -WORKS_FOR(abogado)-> Centro Tonantzin de Derechos Humanos',
    ],
    [
      'Luisa Fernanda Ojeda Dorantes, directora de la Red en Defensa de los Derechos Digitales, afirmó: "El Estado debe explicar quién ordenó la vigilancia".',
      'Luisa Fernanda Ojeda Dorantes -LEADS(directora)-> Red en Defensa de los Derechos Digitales',
    ],
    [
      'Exigimos una investigación.\n\nContacto de prensa: Lucas Ayala Moncayo, coordinador de comunicación, Fundación Palabra Libre.',
      'Lucas Ayala Moncayo -WORKS_FOR(coordinador de comunicación)-> Fundación Palabra Libre',
    ],
  ])('%s', (text, rel) => expect(read(text, 'comunicado.md').rels).toContain(rel));
});

describe('the outlet of a news story', () => {
  it('the agency after the date of a dateline', () => {
    const { rels } = read(
      'Colombian lawmakers demand answers over spyware targeting reporters\n\n' +
        'BOGOTA, Colombia, March 10, 2021 (Andes Wire) — Colombian lawmakers on Wednesday demanded answers from the intelligence service.',
      'wire.txt',
    );
    expect(rels).toContain('Andes Wire -PUBLISHED-> DOC');
  });

  it('"By Name | Outlet | date" and a byline sentence "By Name, Outlet."', () => {
    expect(
      read(
        '# Diputados citan al ministro\n\n*Por Rafael Almonte Cruz | Diario Horizonte Caribe | 14 de mayo de 2024*\n\nSANTO DOMINGO. La comisión citó al ministro.',
        'noticia.md',
      ).rels,
    ).toContain('Diario Horizonte Caribe -PUBLISHED-> DOC');
    const { rels } = read(
      "Open government club weighs Mexico's spyware scandal\n\nBy Megan Thornbury, The Gulf Ledger. Washington, July 18, 2017\n\nWASHINGTON — The Open Government Partnership is under pressure.",
      'feature.txt',
    );
    expect(rels).toContain('Megan Thornbury -AUTHORED-> DOC');
    expect(rels).toContain('Gulf Ledger -PUBLISHED-> DOC');
  });

  it('"Outlet · Section" heading the page, and "Org · Research Summary · date"', () => {
    expect(
      read(
        "La Voz del Istmo · Investigations\n\nThe phones that went quiet: how spyware reached Costa Rica's newsrooms\n\nBy Ignacio Brenes Solórzano | 2 April 2023\n\nThe phones went quiet in March.",
        'feature.md',
      ).rels,
    ).toContain('La Voz del Istmo -PUBLISHED-> DOC');
    expect(
      read(
        'Instituto Andino de Derechos Digitales · Research Summary · 2 May 2019\n\nShadows over the press\n\nWe confirmed infections on six phones.',
        'summary.md',
      ).rels,
    ).toContain('Instituto Andino de Derechos Digitales -PUBLISHED-> DOC');
  });

  it('"Mexico City · Politics" is no outlet', () => {
    const { rels } = read('Mexico City · Politics\n\nThe Senate met on Monday.', 'news.md');
    expect(rels.filter((r) => r.includes('PUBLISHED'))).toEqual([]);
  });
});

describe('work done with a partner', () => {
  it('"documented by X ... with the help of Y"', () => {
    const { rels } = read(
      'The infections were documented by the Instituto Andino de Derechos Digitales (IADD), a Cusco-based research group, in a report published last week with the help of the Red Qhapaq de Periodistas.',
    );
    expect(rels).toContain(
      'Instituto Andino de Derechos Digitales -COLLABORATED_WITH-> Red Qhapaq de Periodistas',
    );
  });

  it('"with the help of" without a worker named by "by" draws nothing in a text with no author', () => {
    const { rels } = read('The Senate passed the law with the help of the Red Qhapaq de Periodistas.');
    expect(rels.filter((r) => r.includes('COLLABORATED_WITH'))).toEqual([]);
  });
});

describe('a Spanish press release: its issuer, those with it, and its "we"', () => {
  const release =
    '# Comunicado de prensa: exigimos una investigación independiente sobre Tarsier\n\n' +
    '**Quito, 7 de octubre de 2022.** La Fundación Palabra Libre, junto con la Red Amazónica de Comunicadores (RAC) y el Observatorio de Derechos Digitales del Ecuador (ODDE), exige a la Fiscalía General del Estado que abra una investigación independiente sobre el uso del programa espía Tarsier.\n\n' +
    'La directora ejecutiva de la Fundación Palabra Libre, Gabriela Cevallos Intriago, declaró que "el Estado debe explicar quién compró esta herramienta".\n\n' +
    'Pedimos a la Asamblea Nacional que cite al ministro del Interior.\n';
  const { rels } = read(release, 'comunicado.md');

  it.each([
    'Fundación Palabra Libre -PUBLISHED-> DOC',
    'Fundación Palabra Libre -CALLED_ON-> Fiscalía General del Estado',
    'Red Amazónica de Comunicadores -CALLED_ON-> Fiscalía General del Estado',
    'Fundación Palabra Libre -CALLED_ON-> Asamblea Nacional',
    'Gabriela Cevallos Intriago -LEADS(directora ejecutiva)-> Fundación Palabra Libre',
  ])('draws %s', (r) => expect(rels).toContain(r));

  it('"X, junto con A," stops at the clause: a name after the verb is no co-subject', () => {
    expect(rels).not.toContain('Fiscalía General del Estado -CALLED_ON-> Fiscalía General del Estado');
    expect(rels.filter((r) => r.startsWith('Asamblea Nacional -CALLED_ON'))).toEqual([]);
  });
});

describe('acquisitions told in passing', () => {
  it('"the DCIC, which reports to the Ministry, acquired the software": the appositive is no stance', () => {
    const { rels } = read(
      'Sirocco is developed by Tarsus Signals, an Israeli company that sells only to governments. The Sirocco spyware was found on six phones.\n\n' +
        'Press reports indicate that the Dirección Central de Inteligencia Criminal (DCIC), which reports to the Ministry of Interior and Police, acquired the software in 2022.',
    );
    expect(rels).toContain('Dirección Central de Inteligencia Criminal -ACQUIRED-> Sirocco');
    expect(rels).not.toContain('Ministry of Interior and Police -ACQUIRED-> Sirocco');
  });

  it('"a report on the purchase" still asserts no purchase', () => {
    const { rels } = read(
      'The Sirocco spyware was found on six phones. The committee asked the Dirección Central de Inteligencia Criminal to explain the purchase of the software.',
    );
    expect(rels.filter((r) => r.includes('ACQUIRED'))).toEqual([]);
  });
});

describe('legislators by title, of a chamber the document names', () => {
  it.each([
    [
      'Representative Jhon Jairo Ballesteros, a member of the First Committee of the Chamber of Representatives, said he would question the director before the Chamber of Representatives on Tuesday.',
      'Jhon Jairo Ballesteros -MEMBER_OF(representative)-> Chamber of Representatives',
    ],
    [
      'Peru\'s Congress on Monday summoned the head of the DINI. "The state owes these reporters an answer," said Congresswoman Jimena Valdivieso Roca, who chairs the Intelligence Committee of Congress.',
      "Jimena Valdivieso Roca -MEMBER_OF(congresswoman)-> Peru's Congress",
    ],
    [
      "Ecuador's National Assembly on Monday opened an inquiry. Assembly member Rosalía Chiriboga Vaca, who chairs the Assembly's Oversight Committee, summoned the minister.",
      'Rosalía Chiriboga Vaca -MEMBER_OF(assembly member)-> National Assembly',
    ],
  ])('%s', (text, rel) => expect(read(text).rels).toContain(rel));

  it('"The Deputy Minister of Defence, Name" is an official, not a legislator', () => {
    const { rels } = read(
      'The Deputy Minister of Defence, Carlos Pineda Ruiz, spoke to the Chamber of Representatives on Tuesday.',
    );
    expect(rels.filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });
});
