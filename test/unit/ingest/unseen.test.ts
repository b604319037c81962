// Development documents in the styles extraction used to miss (wire news with a dateline and reported
// speech, an experts' statement as HTML, a research-lab report summary), with invented people and
// organisations that are in no lexicon or alias table: the rules must draw them from context.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../ingest/extract/index.ts';
import { readDocument } from '../../../ingest/read/index.ts';
import { resolveFacts } from '../../../ingest/resolve/index.ts';
import { docFromText } from './support.ts';

const dir = 'test/fixtures/unseen/';
const news = await readDocument(dir + '2022-03-08-wire-news-spyware-journalists.md');
const experts = await readDocument(dir + '2022-04-11-experts-statement.html');
const summary = await readDocument(dir + '2022-05-20-lab-report-summary.md');
const release = await readDocument(dir + '2022-06-02-ngo-press-release.md');
const facts = [news, experts, summary, release].map((d) => extractDocument(d));
const { entities, relations } = resolveFacts(facts);
const nameOf = (id: string): string => entities.find((e) => e.id === id)?.name ?? id;
const rel = relations.map((r) => `${nameOf(r.source)} -${r.type}-> ${nameOf(r.target)}`);
const ent = entities.map((e) => `${e.type} ${e.name}${e.kind ? ' ' + e.kind : ''}`);

/** What a careful reader draws from the three documents. */
const ENTITIES = [
  'Technology Kestrel',
  'Organization Halvard Systems company',
  'Organization Northgate Lab research',
  'Organization University of Caldera research',
  'Organization Canal Meridiano media',
  'Organization El Heraldo Austral media',
  'Organization Fundación Luz Pública civil_society',
  'Organization Interior Ministry government',
  'Organization Government of Mexico government',
  'Organization Centro Jurídico Ñuu Savi civil_society',
  'Organization Colectivo Brújula Digital civil_society',
  'Organization Red de Periodistas del Istmo civil_society',
  'Organization Observatorio Ciudadano Tlali civil_society',
  'Person Inés Carbajal',
  'Person Tomás Echeverría',
  'Person Rebeca Lozano',
  'Person Mireille Dufresne-Achterberg',
  'Person Aurelio Bastidas',
  'Person Henrike Solvang',
  'Person Octavio Yáñez',
  'Person Samuel Okonjo-Reyes',
  'Person Lorena Quiroga-Bassi',
  'Place Mexico City',
  'Person Damián Urquidi',
  'Person Carla Ventimiglia',
  'Person Ramiro Etxeberria',
  'Person Yolanda Sarmiento',
  'Person Arturo Benavides',
  'Organization National Institute of Nutrition Studies government',
  'Organization La Voz del Consumidor civil_society',
  'Organization Mexican Institute for Fiscal Accountability civil_society',
  'Organization Inter-American Commission on Human Rights multilateral',
];

const RELATIONS = [
  'Halvard Systems -DEVELOPED-> Kestrel',
  'Kestrel -TARGETED-> Inés Carbajal',
  'Kestrel -TARGETED-> Tomás Echeverría',
  'Kestrel -TARGETED-> Rebeca Lozano',
  'Kestrel -TARGETED-> Octavio Yáñez',
  'Kestrel -TARGETED-> Samuel Okonjo-Reyes',
  'Inés Carbajal -WORKS_FOR-> Canal Meridiano',
  'Tomás Echeverría -WORKS_FOR-> El Heraldo Austral',
  'Rebeca Lozano -LEADS-> Fundación Luz Pública',
  'Mireille Dufresne-Achterberg -WORKS_FOR-> Northgate Lab',
  'Octavio Yáñez -LEADS-> Centro Jurídico Ñuu Savi',
  'Samuel Okonjo-Reyes -WORKS_FOR-> Colectivo Brújula Digital',
  'Lorena Quiroga-Bassi -LEADS-> Northgate Lab',
  'Northgate Lab -PART_OF-> University of Caldera',
  'Interior Ministry -ACQUIRED-> Kestrel',
  'Northgate Lab -REPORTED_ON-> Kestrel',
  'Aurelio Bastidas -CALLED_ON-> Government of Mexico',
  'Henrike Solvang -CALLED_ON-> Government of Mexico',
  'Northgate Lab -COLLABORATED_WITH-> Colectivo Brújula Digital',
  'Northgate Lab -COLLABORATED_WITH-> Red de Periodistas del Istmo',
  'Northgate Lab -COLLABORATED_WITH-> Observatorio Ciudadano Tlali',
  'Kestrel -TARGETED-> Damián Urquidi',
  'Kestrel -TARGETED-> Carla Ventimiglia',
  'Kestrel -TARGETED-> Ramiro Etxeberria',
  'Damián Urquidi -WORKS_FOR-> National Institute of Nutrition Studies',
  'Carla Ventimiglia -WORKS_FOR-> La Voz del Consumidor',
  'Ramiro Etxeberria -LEADS-> Mexican Institute for Fiscal Accountability',
  'Yolanda Sarmiento -WORKS_FOR-> Inter-American Commission on Human Rights',
  'Arturo Benavides -LEADS-> Government of Mexico',
];

/** Things a careful reader would not draw: speakers are not targets, demands are not use. */
const WRONG = [
  'Kestrel -TARGETED-> Mireille Dufresne-Achterberg',
  'Kestrel -TARGETED-> Aurelio Bastidas',
  'Kestrel -TARGETED-> Henrike Solvang',
  'Kestrel -TARGETED-> Lorena Quiroga-Bassi',
  'Government of Mexico -USED-> Kestrel',
  'Kestrel -TARGETED-> Yolanda Sarmiento',
];

describe('unseen news, statement and report styles', () => {
  it('describes each document from its text', () => {
    expect([news.kind, news.date]).toEqual(['article', '2022-03-08']);
    expect([experts.kind, experts.date, experts.title]).toEqual([
      'statement',
      '2022-04-11',
      'Experts urge inquiry into surveillance of human rights defenders',
    ]);
    expect([summary.kind, summary.date]).toEqual(['report', '2022-05-20']);
    expect([release.kind, release.date]).toEqual(['press_release', '2022-06-02']);
  });

  it('splits a person from the organisation after "of the" and drops a role prefix', () => {
    expect(entities.map((e) => e.name).filter((n) => / of the |Rapporteur/.test(n))).toEqual([]);
  });

  it.each(ENTITIES)('finds %s', (e) => expect(ent).toContain(e));
  it.each(RELATIONS)('draws %s', (r) => expect(rel).toContain(r));
  it.each(WRONG)('does not draw %s', (r) => expect(rel).not.toContain(r));

  it('emits no junk people or organisations from sentence starts and headings', () => {
    const junk = entities.filter((e) =>
      /^(Among|According|Two|The|Report|These|Surveillance|Three|Health|Special|We)\b/.test(e.name),
    );
    expect(junk.map((e) => e.name)).toEqual([]);
  });

  it('keeps evidence offsets exact', () => {
    const docs = new Map([news, experts, summary, release].map((d) => [d.id, d.text]));
    for (const r of relations)
      for (const ev of r.evidence) expect(docs.get(ev.document)?.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

/** Single sentences in news style, with what a careful reader draws from them. */
const SENTENCES: [string, string][] = [
  [
    'Two UN experts, Ana Ruiz Colmenares and Peter Lindqvist-Moe, today urged the Government of Chile to act. The experts also called on the Ministry of Justice to hold hearings.',
    'Ana Ruiz Colmenares -CALLED_ON-> Ministry of Justice',
  ],
  [
    'Vantor Labs, the maker of Greyhound, declined to comment. Greyhound spyware was used against Lidia Mora.',
    'Vantor Labs -DEVELOPED-> Greyhound',
  ],
  [
    'Greyhound, an espionage tool that the Maltese company Vantor Labs sells, was found on phones.',
    'Vantor Labs -DEVELOPED-> Greyhound',
  ],
  [
    '"We will not stop," said Lucía Ferrer-Oyarzún, an anchor at Televisión Austral.',
    'Lucía Ferrer-Oyarzún -WORKS_FOR-> Televisión Austral',
  ],
  [
    'Pegasus, an espionage tool that the Israeli company NSO Group sells, was used against health advocates.',
    'NSO Group -DEVELOPED-> Pegasus',
  ],
  [
    'Simón Barquera of the National Institute of Public Health said his phone received links to the spyware.',
    'Simón Barquera -WORKS_FOR-> National Institute of Public Health',
  ],
  [
    'The Special Rapporteur for Freedom of Expression of the Inter-American Commission on Human Rights, Edison Lanza, said the state must investigate.',
    'Edison Lanza -WORKS_FOR-> Inter-American Commission on Human Rights',
  ],
  [
    '"This is serious," said John Scott-Railton, a senior researcher at Citizen Lab, a research laboratory at the University of Toronto.',
    'Citizen Lab -PART_OF-> University of Toronto',
  ],
];

/** Organisations without a head word, typed by their context. */
const HEADLESS: [string, string][] = [
  ['Carmen Aristegui, a news anchor at Televisa, was targeted as well.', 'Organization Televisa media'],
  [
    'Sonke Gender Justice, a South African NGO, signed the letter.',
    'Organization Sonke Gender Justice civil_society',
  ],
  [
    'Alejandro Calvillo, director of El Poder del Consumidor, a consumer-rights group, said it was grave.',
    'Organization El Poder del Consumidor civil_society',
  ],
];

describe('news-style sentences', () => {
  it.each(HEADLESS)('%s → %s', (text, expected) => {
    const f = extractDocument(docFromText(text));
    expect(f.entities.map((e) => `${e.type} ${e.name}${e.kind ? ' ' + e.kind : ''}`)).toContain(expected);
  });

  it('does not say a company that sells spyware used it', () => {
    const f = extractDocument(docFromText(SENTENCES[4]?.[0] ?? ''));
    expect(f.relations.map((r) => r.type)).not.toContain('USED');
  });

  it.each(SENTENCES)('%s → %s', (text, expected) => {
    const f = extractDocument(docFromText(text));
    const n = (k: string): string => f.entities.find((e) => e.key === k)?.name ?? k;
    expect(f.relations.map((r) => `${n(r.source)} -${r.type}-> ${n(r.target)}`)).toContain(expected);
  });
});
