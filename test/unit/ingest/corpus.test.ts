// End to end over the bundled corpus: describe + extract + resolve every document, then check specific
// entities, merges and relations a careful reader draws, and that every offset slices to its text.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../ingest/resolve/index.ts';
import { docsIn } from './support.ts';

const docs = docsIn('data/corpus');
const facts = docs.map(extractDocument);
const { entities, relations, mentions } = resolveFacts(facts);
const byName = (n: string) => entities.filter((e) => e.name === n || e.aliases.includes(n));
const nameOf = (id: string): string =>
  entities.find((e) => e.id === id)?.name ??
  docs
    .find((d) => d.id === id)
    ?.path.split('/')
    .pop() ??
  id;
const rel = new Set(relations.map((r) => `${nameOf(r.source)} -${r.type}-> ${nameOf(r.target)}`));

describe('corpus end to end', () => {
  it('skips SOURCES.md and describes each document from its text', () => {
    expect(docs).toHaveLength(5);
    expect(docs.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2017-05-23 press_release',
      '2017-06-14 statement',
      '2017-06-14 open_letter',
      '2017-09-19 letter',
      '2018-07-16 open_letter',
    ]);
  });

  it.each([
    [['SFP', 'Ministry of Public Function', 'Ministry of Public Administration']],
    [
      [
        'NOSC',
        'Core Group of Civil Society',
        'Mexican Civil Society Core Group',
        'Núcleo de la Sociedad Civil para el Gobierno Abierto en México',
        'CSO Core Group',
      ],
    ],
    [
      [
        'INAI',
        'National Institute for Access to Information and Personal Data Protection',
        'National Institute of Transparency, Access to Information and Protection of Personal Data',
      ],
    ],
    [['STT', 'TTS', 'Tripartite Technical Secretariat', 'Technical Tripartite Secretariat']],
    [['Juan Pardinás', 'Juan E. Pardinás']],
    [['Citizen Lab', 'CitizenLab']],
    [['ODAC', 'Open Democracy Advice Centre']],
  ])('merges %j into one node', (names) => {
    const ids = new Set(names.flatMap((n) => byName(n).map((e) => e.id)));
    expect([...ids]).toHaveLength(1);
  });

  it.each([
    'Person Mukelani Dimba',
    'Person Ayanda Dlodlo',
    'Person Enrique Peña Nieto',
    'Organization NSO Group',
    'Organization Black Sash',
    'Organization World Resources Institute',
    'Organization Government of France',
    'Technology Pegasus',
    'Place Tbilisi',
    'Document Universal Declaration of Human Rights',
  ])('finds %s', (e) => expect(entities.map((x) => `${x.type} ${x.name}`)).toContain(e));

  it.each([
    'Juan Pardinás -WORKS_FOR-> Instituto Mexicano para la Competitividad',
    'Edna Jaime -SIGNED-> 2018-07-16-nosc-open-letter-tbilisi.md',
    'México Evalúa -MEMBER_OF-> Núcleo de Organizaciones de la Sociedad Civil',
    'Black Sash -SIGNED-> 2017-06-14-south-african-csos-solidarity-letter.md',
    'Mukelani Dimba -CO_CHAIR_OF-> OGP Steering Committee',
    'Government of France -CO_CHAIR_OF-> OGP Steering Committee',
    'Secretaría de la Función Pública -PART_OF-> Tripartite Technical Secretariat',
    'Núcleo de Organizaciones de la Sociedad Civil -PART_OF-> Tripartite Technical Secretariat',
    'Núcleo de Organizaciones de la Sociedad Civil -WITHDREW_FROM-> Tripartite Technical Secretariat',
    'NSO Group -DEVELOPED-> Pegasus',
    "Attorney General's Office -ACQUIRED-> Pegasus",
    'Pegasus -TARGETED-> Juan Pardinás',
    'Citizen Lab -COLLABORATED_WITH-> SocialTIC',
    'Citizen Lab -AUTHORED-> Citizen Lab report',
    '2017-09-19-nosc-letter-to-ogp-steering-committee.md -ADDRESSED_TO-> OGP Steering Committee',
    'Núcleo de Organizaciones de la Sociedad Civil -CALLED_ON-> OGP Steering Committee',
    'Tbilisi -LOCATED_IN-> Georgia',
  ])('draws %s', (r) => expect([...rel]).toContain(r));

  it('dates the core group leaving the STT on 2017-05-23', () => {
    const ev = entities.find(
      (e) => e.type === 'Event' && e.name === 'Withdrawal from Tripartite Technical Secretariat',
    );
    expect(ev?.date).toBe('2017-05-23');
  });

  it('gives offsets that slice to their text in every evidence and mention', () => {
    const text = new Map(docs.map((d) => [d.id, d.text]));
    for (const r of relations) {
      for (const e of r.evidence) expect(text.get(e.document)?.slice(e.start, e.end)).toBe(e.text);
    }
    for (const m of mentions) expect(text.get(m.document)?.slice(m.start, m.end)).toBe(m.text);
  });

  it('emits no junk names', () => {
    const junk = entities.filter(
      (e) =>
        /^(sincerely|yours|dear|first|second|third|the|we|contact|links)$/i.test(e.name) ||
        /[@/]|https?:/.test(e.name),
    );
    expect(junk).toEqual([]);
  });
});
