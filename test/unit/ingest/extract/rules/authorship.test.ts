// Report front matter: authors with their organisations, preparing and publishing organisations.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const BODY = '\n\nExecutive summary\n\nThis report describes a campaign of text messages sent in 2016.\n';

describe('front matter', () => {
  it('"Authors: A and B, researchers at X, with C of Y" (wrapped as a PDF wraps it)', () => {
    const { rels } = read(
      'Bitter Sweet\nAuthors: Ilse Varga and Duncan Achterberg, researchers at Northbridge Security Lab, with Paloma\nRuvalcaba of Colectivo Cifrado' +
        BODY,
    );
    for (const r of [
      'Ilse Varga -AUTHORED-> DOC',
      'Duncan Achterberg -AUTHORED-> DOC',
      'Paloma Ruvalcaba -AUTHORED-> DOC',
      'Ilse Varga -WORKS_FOR(researcher)-> Northbridge Security Lab',
      'Duncan Achterberg -WORKS_FOR(researcher)-> Northbridge Security Lab',
      'Paloma Ruvalcaba -WORKS_FOR-> Colectivo Cifrado',
    ])
      expect(rels).toContain(r);
  });

  it('"Researchers at X, including A and B, spoke" is a sentence about staff, not a credit line', () => {
    const { rels } = read(
      'Lumen joins call for an inquiry\n\n3 July 2017\n\nResearchers at Lakeside Lab, including Ana Ruiz and Luis Gómez, spoke at the press conference.\n',
    );
    expect(rels.filter((r) => r.includes('-AUTHORED->'))).toEqual([]);
    expect(rels).toContain('Ana Ruiz -WORKS_FOR(researcher)-> Lakeside Lab');
  });

  it.each([
    ['© 2017 Red Ciudadana Lumen', 'Red Ciudadana Lumen -PUBLISHED-> DOC'],
    ['Copyright (c) 2017 Harbour Lab. All rights reserved.', 'Harbour Lab -PUBLISHED-> DOC'],
    [
      'Copyright 2016-2017, Fundación Datos Abiertos | Privacy policy',
      'Fundación Datos Abiertos -PUBLISHED-> DOC',
    ],
  ])('the owner of a copyright footer published the page: %s', (footer, rel) => {
    expect(
      read('Lumen joins call\n\n3 July 2017\n\nThe group spoke on Monday.\n\n' + footer + '\n').rels,
    ).toContain(rel);
  });

  it('"Copyright law ..." in a sentence publishes nothing', () => {
    const { rels } = read('Lumen joins call\n\nCopyright law protects the authors of Harbour Lab.\n');
    expect(rels.filter((r) => r.includes('-PUBLISHED->'))).toEqual([]);
  });

  it('the organisation opening a statement that names no author issued it', () => {
    const { rels } = read(
      'STATEMENT\n\nRegional network condemns the surveillance of Mexican activists\n\n18 July 2017\n\nOLAVI condemns the use of the Pegasus spyware against lawyers, journalists and members of civil society in Mexico.\n',
    );
    expect(rels).toContain('OLAVI -PUBLISHED-> DOC');
  });

  it('a statement with signatures is issued by its signers, not by the organisation it opens with', () => {
    const { rels } = read(
      'STATEMENT\n\nGroups condemn the surveillance of activists\n\n18 July 2017\n\nOLAVI condemns the use of the Pegasus spyware against lawyers.\n\nSigned:\n\nAccess Now\nRed Tlacuache\n',
    );
    expect(rels).not.toContain('OLAVI -PUBLISHED-> DOC');
  });

  it('"Researchers: A and B" is still a credit line', () => {
    const { rels } = read('Bitter Sweet\nResearchers: Ilse Varga and Duncan Achterberg' + BODY);
    expect(rels).toContain('Ilse Varga -AUTHORED-> DOC');
  });

  it.each([
    [
      'Prepared by the Institute for Civic Technology Studies',
      'Institute for Civic Technology Studies -AUTHORED-> DOC',
    ],
    ['Published by Transparencia Horizonte, August 2017', 'Transparencia Horizonte -PUBLISHED-> DOC'],
    [
      'This report was published by Northbridge Security Lab in Toronto.',
      'Northbridge Security Lab -PUBLISHED-> DOC',
    ],
    ['Elaborado por: Centro de Análisis Quetzal', 'Centro de Análisis Quetzal -AUTHORED-> DOC'],
  ])('"%s"', (line, expected) => {
    expect(read('Governing in the Dark\n\n' + line + BODY).rels).toContain(expected);
  });

  it('a cover label names the authoring organisation', () => {
    expect(read('HARBOUR LAB RESEARCH REPORT NO. 12\nReckless Messages' + BODY).rels).toContain(
      'Harbour Lab -AUTHORED-> DOC',
    );
    expect(
      read('Research report summary\nReckless Messages' + BODY).rels.filter((r) => r.includes('-AUTHORED->')),
    ).toEqual([]);
  });

  it('"published by" inside a sentence about another document is no publisher of this one', () => {
    const { rels } = read(
      'Governing in the Dark' +
        BODY +
        '\nThe evidence, which was published by The New York Times in 2017, is clear.\n',
    );
    expect(rels.filter((r) => r.endsWith('-PUBLISHED-> DOC'))).toEqual([]);
  });
});
