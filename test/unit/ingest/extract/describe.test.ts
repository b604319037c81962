// describeDocument on the heads of letters, statements, reports and news: kind, the document's own date
// (never a date from its running text) and title.
import { describe, expect, it } from 'vitest';
import { describeDocument } from '../../../../ingest/extract/describe.ts';

const SIGNED = '\n\nSincerely,\n\nAccess Now\n';

describe('describeDocument: kind and date', () => {
  const cases: [string, string, string, string | null][] = [
    [
      'open letter label, "To:" and "Re:" lines, US date',
      'OPEN LETTER\n\nTo: Members of the Steering Committee\nRe: Spyware in Mexico\n\nJune 26, 2017\n\nDear members of the Steering Committee,\n\nOn 19 June 2017 a report showed the attacks.' +
        SIGNED,
      'open_letter',
      '2017-06-26',
    ],
    [
      'Spanish date line in a letter',
      'Ciudad de México, 3 de julio de 2017\n\nDear President Benavente,\n\nWe write about the reports of 19 June 2017.\n\nRespectfully,\n\nLucía Arredondo Vela\n',
      'letter',
      '2017-07-03',
    ],
    [
      'research report summary with findings and recommendations',
      'Research report summary, 11 February 2017\nBitter Sweet: Supporters of a Soda Tax Targeted\nExecutive summary\nThe first message arrived on 12 July 2016.\nKey findings\n1. Three people were targeted.\nRecommendations\nGovernments should disclose purchases.',
      'report',
      '2017-02-11',
    ],
    [
      'report front matter with a byline and a publisher line',
      '# Governing in the Dark\n\nBy Marcela Orduña and Henrik Solvang\n\nPublished by Transparencia Horizonte, August 2017\n\n## Executive summary\n\nIn May 2017 the core group left.\n\n## Recommendations\n\n1. Apply the policy.',
      'report',
      '2017-08',
    ],
    [
      'news article with byline and dateline',
      '# Activists quit\n\n*By Renata Solís Urrutia, staff reporter — Mexico City, 30 May 2017*\n\nTen organisations walked out on 23 May, said one director.',
      'article',
      '2017-05-30',
    ],
    [
      'wire story with ISO date and agency dateline',
      'Mexico denies spying\n\nDiego Ferrán | Reuters\n\n2017-06-21\n\nMEXICO CITY (Reuters) - The president said on Thursday that a report released on 19 June 2017 was false.',
      'article',
      '2017-06-21',
    ],
    [
      'Spanish communiqué signed "Atentamente"',
      '# Comunicado: las organizaciones exigen una investigación\n\nCiudad de México, 10 de julio de 2017\n\nExigimos una investigación.\n\nAtentamente,\n\n- Colectivo Jaguar Digital\n',
      'statement',
      '2017-07-10',
    ],
    [
      'Spanish dateline in bold opening the first paragraph',
      '# COMUNICADO: EXIGEN UNA INVESTIGACIÓN\n\n**Guadalajara, 4 de julio de 2017.** La Red Jalisciense de Periodistas exige una investigación sobre el espionaje del 19 de junio de 2017.',
      'statement',
      '2017-07-04',
    ],
    [
      'wire dateline with an abbreviated month and the agency in brackets',
      'Reporters in Chiapas say they were spied on\n\nBY ANDRÉS QUIROGA\n\nTUXTLA, Mexico, Sept. 2, 2017 (Agencia Sur) — Two reporters said on Friday that they had received the messages in March 2016.',
      'article',
      '2017-09-02',
    ],
    [
      'report header line in parts, numbered section headings',
      'Chapter 2: Contracts without oversight\nObservatorio de Compras Públicas · Annual Report 2018 · Published 12 March 2018\n2.1 Background\nIn 2016 the contracts were signed.\n2.2 Findings\nNo authority published them.\n2.3 Recommendations\nPublish the contracts.',
      'report',
      '2018-03-12',
    ],
  ];
  it.each(cases)('%s', (_what, text, kind, date) => {
    const d = describeDocument(text, 'x.txt');
    expect([d.kind, d.date]).toEqual([kind, date]);
  });

  it('a date in running text is not the document date', () => {
    const d = describeDocument(
      'Mexico denies spying on activists\n\nThe president said his government had not ordered anyone to spy, after a report released on 19 June 2017 found phones had been targeted.',
      'x.txt',
    );
    expect(d.date).toBeNull();
  });

  it('a date that is the object of a title is not the document date', () => {
    const d = describeDocument(
      'Statement on the events of 19 June 2017\n\n22 June 2017\n\nWe condemn the surveillance.',
      'x.txt',
    );
    expect(d.date).toBe('2017-06-22');
  });
});

describe('describeDocument: title', () => {
  it('joins a PDF title wrapped over two lines and skips the label and prose lines', () => {
    const d = describeDocument(
      "Research report summary, 11 February 2017\nBitter Sweet: Supporters of Mexico's Soda Tax Targeted\nWith NSO Exploit Links\nAuthors: Ilse Varga and Duncan Achterberg\nExecutive summary\nThis report describes a campaign of text messages sent in 2016 to a scientist and two activists who supported\na tax on sugary drinks.",
      'x.pdf',
    );
    expect(d.title).toBe("Bitter Sweet: Supporters of Mexico's Soda Tax Targeted With NSO Exploit Links");
  });

  it('never takes a line from the middle of a hard-wrapped paragraph', () => {
    const d = describeDocument(
      'STATEMENT\n\nRegional network condemns the surveillance of Mexican activists\n\n18 July 2017\n\nOLAVI condemns the use of the Pegasus spyware against lawyers, journalists and\nmembers of civil society in Mexico. The network said the Attorney General cannot\ninvestigate a tool it bought from NSO Group. The statement was drafted with the help\nof Joaquín Terrazas Vidal.',
      'x.txt',
    );
    expect(d.title).toBe('Regional network condemns the surveillance of Mexican activists');
    expect(d.kind).toBe('statement');
  });

  it('takes the subject of a "Re:" line', () => {
    expect(
      describeDocument('OPEN LETTER\n\nRe: The use of spyware\n\nDear Sir,' + SIGNED, 'x.txt').title,
    ).toBe('The use of spyware');
  });
});
