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
