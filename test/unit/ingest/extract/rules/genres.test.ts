// Relations in genres the first blind sets lacked (a Senate hearing summary, a Q&A interview, an NGO report
// chapter, a chronology, an op-ed): legislators, chairs, affiliation verbs, bodies formed by others,
// "the other organisations of", "her organisation walked out", makers and users of "the spyware".
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const PEGASUS = 'Pegasus is a spyware product. ';

describe('legislators and chairs', () => {
  it('"the Justice Committee, chaired by Senator X" and the Senate the document names', () => {
    const { rels } = read(
      'The Senate of the Republic approved the agreement.\n\nFollowing that agreement, the Justice Committee, chaired by Senator Ernesto Palafox Urías, summoned the officials.\n',
    );
    expect(rels).toContain('Ernesto Palafox Urías -LEADS(chair)-> Justice Committee');
    expect(rels).toContain('Ernesto Palafox Urías -MEMBER_OF(senator)-> Senate of the Republic');
  });

  it('a title alone invents no chamber', () => {
    const { rels } = read('Senator Ernesto Palafox Urías said the committee would meet again.\n');
    expect(rels.filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });

  it('"who chairs the Senate\'s Human Rights Committee": the committee, not the Senate, is chaired', () => {
    const { rels } = read(
      "Senator Gabriela Montes Ayala, who chairs the Senate's Human Rights Committee, asked the Attorney General to appear.\n",
    );
    expect(rels).toContain('Gabriela Montes Ayala -LEADS(chair)-> Human Rights Committee');
    expect(rels.filter((r) => r.includes('LEADS(chair)-> Senate'))).toEqual([]);
  });
});

describe('affiliation verbs', () => {
  it.each([
    [
      'Renata Olmedo Fuentes has directed the Observatorio Ciudadano de Datos Abiertos since 2014.',
      'Renata Olmedo Fuentes -LEADS(director)-> Observatorio Ciudadano de Datos Abiertos',
    ],
    [
      'Tomás Iriarte works for Fundación Kuxtal, the group said.',
      'Tomás Iriarte -WORKS_FOR-> Fundación Kuxtal',
    ],
  ])('%s', (text, expected) => expect(read(text + '\n').rels).toContain(expected));

  it('draws nothing when the organisation is not the object ("led the protest outside X")', () => {
    const { rels } = read('Renata Olmedo Fuentes led the protest outside the Ministry of the Interior.\n');
    expect(rels.filter((r) => r.includes('LEADS'))).toEqual([]);
  });
});

describe('membership and structure', () => {
  it('"The secretariat had been formed in 2013 by A, B and C to steer ... under the OGP"', () => {
    const { rels } = read(
      'Civil society left the Tripartite Technical Secretariat in May.\n\nThe secretariat had been formed in 2013 by the Ministry of Public Administration, INAI and a core group of organisations to steer the action plans under the Open Government Partnership.\n',
    );
    expect(rels).toContain('Secretaría de la Función Pública -PART_OF-> Tripartite Technical Secretariat');
    expect(rels.filter((r) => r.startsWith('Open Government Partnership -PART_OF'))).toEqual([]);
  });

  it('"A, B and the other organisations of the core group" are its members', () => {
    const { rels } = read(
      'The Observatorio Ciudadano de Datos Abiertos, Fundación Kuxtal and the other organisations of the Núcleo de Organizaciones de la Sociedad Civil voted together.\n',
    );
    expect(rels).toContain('Fundación Kuxtal -MEMBER_OF-> Núcleo de Organizaciones de la Sociedad Civil');
    expect(rels).toContain(
      'Observatorio Ciudadano de Datos Abiertos -MEMBER_OF-> Núcleo de Organizaciones de la Sociedad Civil',
    );
  });

  it('"Her organisation is one of the groups that walked out of X": the person\'s organisation withdrew', () => {
    const { rels } = read(
      'Renata Olmedo Fuentes, director of the Observatorio Ciudadano de Datos Abiertos, said the response was expected. Her organisation is one of the groups that walked out of the Tripartite Technical Secretariat on 23 May.\n',
    );
    expect(rels).toContain(
      'Observatorio Ciudadano de Datos Abiertos -WITHDREW_FROM-> Tripartite Technical Secretariat',
    );
  });
});

describe('the spyware, unnamed', () => {
  it('"the spyware, which is made by the Israeli firm NSO Group" → DEVELOPED', () => {
    const { rels } = read(
      PEGASUS +
        'Researchers documented more than seventy infection attempts with the spyware, which is made by the Israeli firm NSO Group.\n',
    );
    expect(rels).toContain('NSO Group -DEVELOPED-> Pegasus');
  });

  it('"the Mexican government\'s spyware" → USED; "The New York Times reports that" → REPORTED_ON', () => {
    const { rels } = read(
      PEGASUS +
        "19 June 2017 - The New York Times reports that the Mexican government's spyware targeted journalists, lawyers and activists.\n",
    );
    expect(rels).toContain('Government of Mexico -USED-> Pegasus');
    expect(rels).toContain('The New York Times -REPORTED_ON-> Pegasus');
  });
});

describe('buyers listed before the verb', () => {
  it('"X found that A, B and C acquired Pegasus licences": each acquired it', () => {
    const { rels } = read(
      "CEVID found that the Attorney General's Office, the Ministry of National Defence and the Center for Research and National Security acquired Pegasus licences between 2012 and 2016.\n",
    );
    for (const o of [
      "Attorney General's Office",
      'Ministry of National Defence',
      'Center for Research and National Security',
    ])
      expect(rels).toContain(`${o} -ACQUIRED-> Pegasus`);
  });
});

describe('front matter and voice', () => {
  it('"Lead author: X, research coordinator at Y. With contributions from Z." and a dotted header', () => {
    const { rels } = read(
      'Centro de Estudios sobre Vigilancia y Derechos (CEVID) · Annual Report 2017 · Published 3 October 2017\n\nChapter 3. Surveillance\n\nLead author: Dolores Zamudio Ruelas, research coordinator at CEVID. With contributions from Hugo Benavente Lira.\n\nWe urge INAI to order the publication of every contract.\n',
    );
    for (const r of [
      'Centro de Estudios sobre Vigilancia y Derechos -PUBLISHED-> DOC',
      'Dolores Zamudio Ruelas -AUTHORED-> DOC',
      'Hugo Benavente Lira -AUTHORED-> DOC',
      'Dolores Zamudio Ruelas -WORKS_FOR(research coordinator)-> Centro de Estudios sobre Vigilancia y Derechos',
    ])
      expect(rels).toContain(r);
    expect(
      rels.some((r) => r.startsWith('Centro de Estudios sobre Vigilancia y Derechos -CALLED_ON->')),
    ).toBe(true);
  });

  it('"Prepared by the documentation team of X" → X AUTHORED', () => {
    const { rels } = read(
      'Chronology: Pegasus in Mexico\nPrepared by the documentation team of Fundación Kuxtal, 1 December 2017\n\n11 February 2017 - A report is published.\n',
    );
    expect(rels).toContain('Fundación Kuxtal -AUTHORED-> DOC');
  });

  it('an interview: outlet and interviewer from the header, "we" is the interviewee\'s organisation', () => {
    const { rels } = read(
      [
        '# "We will not be decoration": an interview with Renata Olmedo Fuentes',
        '',
        '*Red de Periodistas del Bajío · 9 August 2017 · Interview by Xochitl Anaya Cordero*',
        '',
        'Renata Olmedo Fuentes has directed the Observatorio Ciudadano de Datos Abiertos since 2014.',
        '',
        '**What do you expect?**',
        '',
        'We wrote to the OGP Steering Committee asking it to apply its Response Policy to Mexico.',
        '',
      ].join('\n'),
      'interview.md',
    );
    expect(rels).toContain('Xochitl Anaya Cordero -AUTHORED-> DOC');
    expect(rels).toContain('Red de Periodistas del Bajío -PUBLISHED-> DOC');
    expect(rels).toContain('Observatorio Ciudadano de Datos Abiertos -CALLED_ON-> OGP Steering Committee');
  });

  it('"By A and B · 30 June 2017": both wrote it', () => {
    const { rels } = read(
      '# Open government cannot coexist with spyware\n\nBy Claudia Esparza Molina and Sebastián Quezada Ríos · 30 June 2017\n\nFour years ago Mexico presented itself as a champion.\n',
    );
    expect(rels).toContain('Claudia Esparza Molina -AUTHORED-> DOC');
    expect(rels).toContain('Sebastián Quezada Ríos -AUTHORED-> DOC');
  });

  it('"By X, Diario Vértice": the newspaper published it and employs X', () => {
    const { rels } = read(
      '# Officials defend purchase\n\n*By Itzel Carranza Mijangos, Diario Vértice*\n\nThe government denied it.\n',
    );
    expect(rels).toContain('Diario Vértice -PUBLISHED-> DOC');
    expect(rels).toContain('Itzel Carranza Mijangos -WORKS_FOR-> Diario Vértice');
  });
});
