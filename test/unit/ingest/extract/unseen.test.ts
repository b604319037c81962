// Documents the extractor has never seen (invented people and organisations in no alias table): guards
// against rules that only work because of curated data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../../ingest/resolve/index.ts';
import { docFromText } from '../support.ts';

const dir = 'test/fixtures/unseen/';
const press = docFromText(
  readFileSync(dir + '2019-03-04-press-freedom-coalition-statement.md', 'utf8'),
  'press.md',
);
const letter = docFromText(readFileSync(dir + '2020-11-12-open-letter-data-watch.md', 'utf8'), 'letter.md');
const { entities, relations } = resolveFacts([extractDocument(press), extractDocument(letter)]);
const nameOf = (id: string): string => entities.find((e) => e.id === id)?.name ?? id;
const rel = relations.map((r) => `${nameOf(r.source)} -${r.type}-> ${nameOf(r.target)}`);
const ent = entities.map((e) => `${e.type} ${e.name}`);

describe('unseen documents', () => {
  it('describes them from their text', () => {
    expect(press.kind).toBe('press_release');
    expect(press.date).toBe('2019-03-04');
    expect(letter.kind).toBe('open_letter');
  });

  it.each([
    'Person Marta Quispe',
    'Person Rodrigo Villalba',
    'Person Valeria Montes',
    'Organization Andean Press Freedom Coalition',
    'Organization Digital Rights Observatory',
    'Organization Harrowgate Systems',
    'Organization Ministry of the Interior',
    'Technology Falconview',
    'Organization Data Watch Foundation',
    'Organization Center for Digital Freedom',
  ])('finds %s', (e) => expect(ent).toContain(e));

  it.each([
    'Falconview -TARGETED-> Marta Quispe',
    'Valeria Montes -WORKS_FOR-> Andean Press Freedom Coalition',
    'Andean Press Freedom Coalition -CALLED_ON-> Ministry of the Interior',
    'Data Watch Foundation -SIGNED-> letter.md',
    'Harrowgate Systems -DEVELOPED-> Falconview',
  ])('draws %s', (r) => expect(rel.map((x) => x.replace(letter.id, 'letter.md'))).toContain(r));

  it('merges an acronym with its definition (APFC)', () => {
    expect(
      entities.filter((e) => e.name === 'Andean Press Freedom Coalition' || e.aliases.includes('APFC')),
    ).toHaveLength(1);
  });
});

describe('unseen news article', () => {
  const article = docFromText(
    readFileSync(dir + '2021-05-02-news-article-spyware-inquiry.md', 'utf8'),
    'article.md',
  );
  const r = resolveFacts([extractDocument(article)]);
  const n = (id: string): string => r.entities.find((e) => e.id === id)?.name ?? id;
  const rels = r.relations.map((x) =>
    `${n(x.source)} -${x.type}-> ${n(x.target)}`.replace(article.id, 'article.md'),
  );

  it('is an article with its dateline date', () => {
    expect(`${article.kind} ${article.date}`).toBe('article 2021-05-02');
  });

  it.each([
    'Laura Benítez -AUTHORED-> article.md',
    'Daniel Herrera -LEADS-> Free Voices Network',
    'Sofía Andrade -WORKS_FOR-> Observatorio Ciudadano de Derechos Digitales',
    'Observatorio Ciudadano de Derechos Digitales -CALLED_ON-> National Assembly',
    'Corvex Intelligence Ltd -DEVELOPED-> Nightjar',
    'Ministry of Defence -ACQUIRED-> Nightjar',
    'Citizen Lab -LOCATED_IN-> Toronto',
    'Quito -LOCATED_IN-> Ecuador',
  ])('draws %s', (x) => expect(rels).toContain(x));

  it('types the organisations it has never seen', () => {
    const kinds = Object.fromEntries(r.entities.filter((e) => e.kind).map((e) => [e.name, e.kind]));
    expect(kinds['National Assembly']).toBe('government');
    expect(kinds['Corvex Intelligence Ltd']).toBe('company');
    expect(kinds['Free Voices Network']).toBe('civil_society');
  });
});
