// Signature blocks in the shapes letters and statements use, with the negatives that must not sign.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const BODY = 'We write to express our concern about the surveillance of activists in Mexico.\n\n';

describe('signature blocks: who signed, and for whom they work', () => {
  const cases: [string, string, string[]][] = [
    [
      'bare organisation names, one per line, after "Sincerely,"',
      'Sincerely,\n\nAccess Now\nHuman Rights Watch\nPrivacy Lantern\nRed Tlacuache\n',
      [
        'Access Now -SIGNED-> DOC',
        'Human Rights Watch -SIGNED-> DOC',
        'Privacy Lantern -SIGNED-> DOC',
        'Red Tlacuache -SIGNED-> DOC',
      ],
    ],
    [
      '"Name - Org" after "Yours faithfully,"',
      'Yours faithfully,\n\nSebastián Olmedo - Iniciativa Sociedad Abierta\n',
      ['Sebastián Olmedo -WORKS_FOR-> Iniciativa Sociedad Abierta', 'Sebastián Olmedo -SIGNED-> DOC'],
    ],
    [
      '"Name - Org" with names of people named only there (apostrophe, Mc-, hyphen, ordinary words)',
      "Sincerely,\n\nDanny O'Leary - Electronic Rights Foundation\nMary-Ann McKenzie – Open Data Kenya\nRose Hill - Colectivo Faro Digital\n",
      [
        "Danny O'Leary -WORKS_FOR-> Electronic Rights Foundation",
        "Danny O'Leary -SIGNED-> DOC",
        'Mary-Ann McKenzie -WORKS_FOR-> Open Data Kenya',
        'Mary-Ann McKenzie -SIGNED-> DOC',
        'Rose Hill -WORKS_FOR-> Colectivo Faro Digital',
        'Rose Hill -SIGNED-> DOC',
      ],
    ],
    [
      '"Org - Region" and "ACR - Expansion" sign as the organisation alone',
      'Sincerely,\n\nAccess Now - Latin America\nR3D – Red en Defensa de los Derechos Digitales\n',
      ['Access Now -SIGNED-> DOC', 'Red en Defensa de los Derechos Digitales -SIGNED-> DOC'],
    ],
    [
      '"Name, Title, Org"',
      'Yours faithfully,\n\nCarmen Valdivia, Executive Director, Instituto Ciudadano de Datos\nRahul Menon, Programme Lead, Openlines\n',
      [
        'Carmen Valdivia -WORKS_FOR(Executive Director)-> Instituto Ciudadano de Datos',
        'Rahul Menon -WORKS_FOR(Programme Lead)-> Openlines',
        'Rahul Menon -SIGNED-> DOC',
      ],
    ],
    [
      '"Name (Org)" after "Signed on behalf of the organisations by:"',
      'Signed on behalf of the organisations by:\n\nHelena Brandt (Digital Shield Europe)\nKwame Asante (Open Voices Africa)\n',
      [
        'Helena Brandt -WORKS_FOR-> Digital Shield Europe',
        'Helena Brandt -SIGNED-> DOC',
        'Kwame Asante -WORKS_FOR-> Open Voices Africa',
      ],
    ],
    [
      '"Name\\nTitle\\nOrg" stanzas after "Respectfully,"',
      'Respectfully,\n\nLucía Arredondo Vela\nExecutive Director\nColectivo Ojo Ciudadano\n\nTomás Iturbide Salgado\nCoordinator\nCentro Prodh Norte\n',
      [
        'Lucía Arredondo Vela -WORKS_FOR(Executive Director)-> Colectivo Ojo Ciudadano',
        'Lucía Arredondo Vela -SIGNED-> DOC',
        'Tomás Iturbide Salgado -WORKS_FOR(Coordinator)-> Centro Prodh Norte',
      ],
    ],
    [
      'a numbered list and a bulleted list after "Atentamente,"',
      'Atentamente,\n\n1. Colectivo Brújula\n2. Observatorio Ciudadano Aguamiel\n- Alianza Cívica del Bajío\n- Ixchel Méndez Robles (Centro de Análisis Quetzal)\n',
      [
        'Colectivo Brújula -SIGNED-> DOC',
        'Observatorio Ciudadano Aguamiel -SIGNED-> DOC',
        'Alianza Cívica del Bajío -SIGNED-> DOC',
        'Ixchel Méndez Robles -WORKS_FOR-> Centro de Análisis Quetzal',
      ],
    ],
    [
      'an organisation with its acronym is one organisation, not a person',
      'Yours in Solidarity,\n\nSUPPORTING ORGANISATIONS:\n\n- Mobile Social Accountability Monitoring (MobiSAM)\n- Black Sash\n',
      ['Mobile Social Accountability Monitoring -SIGNED-> DOC', 'Black Sash -SIGNED-> DOC'],
    ],
  ];
  it.each(cases)('%s', (_what, block, expected) => {
    const { rels } = read(BODY + block);
    for (const r of expected) expect(rels).toContain(r);
  });

  it('reads a signatory list on the header line ("Endorsed by: A, B and C.")', () => {
    const { rels, ents } = read(
      BODY +
        'Endorsed by: Access Now, ARTICLE 19, Derechos Digitales, Center for Democracy and Technology, Privacy International, Wirewatch and Openlines.\n',
    );
    for (const o of [
      'Access Now',
      'Derechos Digitales',
      'Center for Democracy and Technology',
      'Wirewatch',
      'Openlines',
    ])
      expect(rels).toContain(`${o} -SIGNED-> DOC`);
    expect(ents.filter((e) => e.startsWith('Person'))).toEqual([]);
  });

  it('countries beside the names locate them, sub-headings sign nothing', () => {
    const { rels, ents } = read(
      BODY +
        'Sincerely,\n\nOrganizations\n\nDerechos Digitales – Chile\nTEDIC (Paraguay)\nAna Pérez, Fundación Datos, Mexico\n\nIndividuals (affiliations for identification only)\n\nJuan Carlos Ortega, Professor, Universidad Autónoma\n',
    );
    for (const r of [
      'Derechos Digitales -SIGNED-> DOC',
      'TEDIC -SIGNED-> DOC',
      'Ana Pérez -WORKS_FOR-> Fundación Datos',
      'Juan Carlos Ortega -WORKS_FOR(Professor)-> Universidad Autónoma',
    ])
      expect(rels).toContain(r);
    expect(rels.filter((r) => /^(Chile|Paraguay|Mexico|Organizations|Individuals) /.test(r))).toEqual([]);
    expect(ents).not.toContain('Person Derechos Digitales');
  });

  it('a place on its own line in the block signs nothing', () => {
    const { rels } = read(BODY + 'Sincerely,\n\nAccess Now\nMexico City\nGeneva\n');
    expect(rels.filter((r) => r.includes('-SIGNED->'))).toEqual(['Access Now -SIGNED-> DOC']);
  });

  it('a stanza that is mostly people makes its unknown names people; a list of organisations stays one', () => {
    const { ents } = read(
      BODY +
        'Sincerely,\n\nHelena Brandt\nKwame Asante\nJohn Smith\nMaria Lopez\n\nAccess Now\nDerechos Digitales\nHuman Rights Watch\n',
    );
    expect(ents).toContain('Person Kwame Asante');
    expect(ents).toContain('Organization Derechos Digitales');
  });

  it('reads a Markdown signatory table, header row and separator aside', () => {
    const { rels } = read(
      BODY +
        '## Signatories\n\n| Organisation | Country |\n|---|---|\n| Fundación Nube | Colombia |\n| Ana Pérez | Colectivo Sur Digital |\n',
    );
    expect(rels).toContain('Fundación Nube -SIGNED-> DOC');
    expect(rels).toContain('Ana Pérez -WORKS_FOR-> Colectivo Sur Digital');
    expect(rels.filter((r) => /^(Organisation|Country|Colombia) /.test(r))).toEqual([]);
  });

  it('"please contact: Name, Org (phone)" at the foot of a release', () => {
    const { rels } = read(
      BODY +
        'For more information and media requests, please contact: Marta Llanos, Office of the High Commissioner for Human Rights (+41 22 917 9000)\n',
    );
    expect(rels).toContain('Marta Llanos -WORKS_FOR-> Office of the High Commissioner for Human Rights');
  });

  it('a media contact line gives WORKS_FOR and signs nothing', () => {
    const { rels } = read(BODY + 'Media contact: Sofía Bermejo, press officer, Defensoría Kalli\n');
    expect(rels).toContain('Sofía Bermejo -WORKS_FOR(press officer)-> Defensoría Kalli');
    expect(rels.filter((r) => r.includes('-SIGNED->'))).toEqual([]);
  });

  it('reads a co-chairs block: governments and people co-chair the header body', () => {
    const { rels } = read(
      BODY +
        'OGP Steering Committee Co-Chairs\n\nGovernment of France\n\nManish Bapna, Executive Vice President and Managing Director, World Resources Institute\n',
    );
    expect(rels).toContain('Government of France -CO_CHAIR_OF(co-chair)-> OGP Steering Committee');
    expect(rels).toContain(
      'Manish Bapna -WORKS_FOR(Executive Vice President and Managing Director)-> World Resources Institute',
    );
  });
});

describe('signature blocks: what is not a signature', () => {
  it('no organisation is named with the dash of a signature line in it', () => {
    const { ents } = read(
      BODY +
        "Sincerely,\n\nDanny O'Leary - Electronic Rights Foundation\nAccess Now - Latin America\nRose Hill - Colectivo Faro Digital\n",
    );
    expect(ents.filter((e) => /[-–] /.test(e))).toEqual([]);
  });

  it('the city line closing a "Name / Org / City, Country" stanza is a Place that signs nothing', () => {
    const { rels, ents } = read(
      BODY +
        'Sincerely,\n\nCarmen Oliveira\nInstituto Veredas\nPorto Alegre, Brazil\n\nTomasz Wiśniewski\nFundacja Panoptykon\nCuritiba\n',
    );
    expect(ents).toContain('Place Porto Alegre');
    expect(ents).toContain('Place Curitiba');
    expect(rels.filter((r) => r.includes('-SIGNED->')).sort()).toEqual([
      'Carmen Oliveira -SIGNED-> DOC',
      'Tomasz Wiśniewski -SIGNED-> DOC',
    ]);
    expect(rels).toContain('Carmen Oliveira -WORKS_FOR-> Instituto Veredas');
  });

  it('a list of demands after a colon signs nothing', () => {
    const { rels, ents } = read(
      BODY +
        'We therefore ask the Steering Committee to:\nOpen a review of Mexico participation\nRequest a full account of the purchase\n\nSincerely,\n\nAccess Now\n',
    );
    expect(rels.filter((r) => r.includes('-SIGNED->'))).toEqual(['Access Now -SIGNED-> DOC']);
    expect(ents.some((e) => /Open a review|Request a full/.test(e))).toBe(false);
  });

  it('a numbered list of findings is no signatory list', () => {
    const { rels } = read(
      'Key findings:\n\n1. Three people working on public health received infection attempts\n2. Messages grew more alarming over eleven months\n',
    );
    expect(rels.filter((r) => r.includes('-SIGNED->'))).toEqual([]);
  });

  it('a contact section after the signatures ends the block', () => {
    const { rels } = read(BODY + 'Sincerely,\n\nAccess Now\n\nContact:\nLucía Moguel, press officer\n');
    expect(rels.filter((r) => r.includes('-SIGNED->'))).toEqual(['Access Now -SIGNED-> DOC']);
  });

  it('a paragraph after the closing ends the block', () => {
    const { rels } = read(
      BODY +
        'Sincerely,\n\nAccess Now\n\nThe organisations above met in Mexico City on Monday. Further meetings are planned.\n\nNational Palace\n',
    );
    expect(rels.filter((r) => r.includes('-SIGNED->'))).toEqual(['Access Now -SIGNED-> DOC']);
  });
});
