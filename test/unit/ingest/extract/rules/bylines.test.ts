// News bylines and datelines: who wrote the article, which outlet published it, and the dateline city.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const BODY = '\n\nTen organisations walked out of the secretariat, officials said on Tuesday.\n';

describe('bylines', () => {
  const cases: [string, string, string[]][] = [
    [
      'emphasised byline with role and dateline',
      '# Activists quit\n\n*By Renata Solís Urrutia, staff reporter — Mexico City, 30 May 2017*',
      ['Renata Solís Urrutia -AUTHORED-> DOC'],
    ],
    [
      'author, outlet of two capitalised words, date, separated by middle dots',
      '# Reporters hacked\n\n*By Ilinca Varga · Karst Gazette · 2 May 2023*',
      ['Ilinca Varga -AUTHORED-> DOC', 'Karst Gazette -PUBLISHED-> DOC'],
    ],
    [
      'several authors',
      'Activists quit\n\nBy Marcela Orduña, Henrik Solvang and Adaeze Okonkwo',
      ['Marcela Orduña -AUTHORED-> DOC', 'Henrik Solvang -AUTHORED-> DOC', 'Adaeze Okonkwo -AUTHORED-> DOC'],
    ],
    [
      'upper-case names',
      'Journalists targeted\n\nBy TOMÁS ARRIAGA and HELEN WAVERLEY',
      ['Tomás Arriaga -AUTHORED-> DOC', 'Helen Waverley -AUTHORED-> DOC'],
    ],
    [
      'upper-case names followed by the date on the same line',
      'Spyware targets journalists\n\nBy AZAM AHMED and NICOLE PERLROTH JUNE 19, 2017',
      ['Azam Ahmed -AUTHORED-> DOC', 'Nicole Perlroth -AUTHORED-> DOC'],
    ],
    [
      '"(Reporting by A and B; Editing by C)" at the foot of a wire story',
      'Mexico denies spying\n\nThe government said on Monday it would act.\n\n(Reporting by Lizbeth Díaz and Dave Graham; Editing by Tom Brown)',
      ['Lizbeth Díaz -AUTHORED-> DOC', 'Dave Graham -AUTHORED-> DOC'],
    ],
    [
      '"Name | Outlet"',
      'Mexico denies spying\n\nDiego Ferrán | Reuters',
      ['Diego Ferrán -AUTHORED-> DOC', 'Reuters -PUBLISHED-> DOC'],
    ],
    [
      '"Name, Special correspondent"',
      'UN experts urge inquiry\n\nAnnika Lindqvist, Special correspondent',
      ['Annika Lindqvist -AUTHORED-> DOC'],
    ],
    [
      'a wire dateline names the agency as publisher',
      'Mexico denies spying\n\nMEXICO CITY (Reuters) - The president said on Thursday his government had not ordered anyone to spy.',
      ['Reuters -PUBLISHED-> DOC'],
    ],
  ];
  it.each(cases)('%s', (_what, head, expected) => {
    const { rels } = read(head + BODY);
    for (const r of expected) expect(rels).toContain(r);
  });

  it.each([
    [
      'byline dateline',
      '*By Renata Solís Urrutia, staff reporter — Mexico City, 30 May 2017*',
      'Place Mexico City',
    ],
    [
      'bracketed dateline',
      '(Washington, DC) – The government said on Monday it would act.',
      'Place Washington',
    ],
    ['first-paragraph dateline', 'GENEVA, 23 June 2017 — Two experts called for an inquiry.', 'Place GENEVA'],
  ])('finds the %s city', (_what, head, place) => {
    expect(read('Title line here\n\n' + head + BODY).ents).toContain(place);
  });

  it('a wire dateline gives the city as a Place and the agency as the outlet named in the byline', () => {
    const { rels, ents } = read(
      'Mexican activists quit open government pact\n\nBy Rosa Delgado Ibarra, Associated Press\n\nMEXICO CITY (AP) — A coalition of Mexican civil society groups said Monday it was leaving the secretariat.' +
        BODY,
    );
    expect(ents).toContain('Place MEXICO CITY');
    expect(ents.filter((e) => /MEXICO CITY|^Organization AP$/.test(e))).toEqual(['Place MEXICO CITY']);
    expect(rels).toContain('Associated Press -PUBLISHED-> DOC');
    expect(rels).toContain('Rosa Delgado Ibarra -WORKS_FOR-> Associated Press');
    expect(rels.filter((r) => r.includes('MEXICO CITY'))).toEqual([]);
  });

  it('a dateline agency named nowhere else is a media organisation of its own', () => {
    const f = read(
      'Mexico denies spying\n\nMEXICO CITY (AP) — The president said on Thursday he had not ordered it.' +
        BODY,
    );
    expect(f.ents).toContain('Organization AP');
    expect(f.rels).toContain('AP -PUBLISHED-> DOC');
  });

  it('an editor is no author', () => {
    const { rels } = read(
      'Mexico denies spying' + BODY + '\n(Reporting by Dave Graham; Editing by Tom Brown)',
    );
    expect(rels).not.toContain('Tom Brown -AUTHORED-> DOC');
  });

  it('"By" starting a sentence in the body is no byline', () => {
    const { rels } = read(
      'Activists quit\n\nBy Tuesday, the Ministry of Public Administration had not answered.' + BODY,
    );
    expect(rels.filter((r) => r.includes('-AUTHORED->'))).toEqual([]);
  });
});
