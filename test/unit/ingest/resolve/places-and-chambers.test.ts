// Resolution: a gazetteer place read as an organisation stays a place; a chamber of state is one node in
// English, in Spanish and with "of the Republic".
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../../ingest/resolve/index.ts';
import { docFromText } from '../support.ts';

const resolve = (texts: string[]) => resolveFacts(texts.map((t) => extractDocument(docFromText(t)))).entities;

describe('resolution of places and chambers of state', () => {
  it('"By X, Mexico City, 3 July 2017": Mexico City is a place, not an outlet', () => {
    const entities = resolve([
      '# Activists ask the Senate\n\n*By Xóchitl Barragán Vela, Mexico City, 3 July 2017*\n\nEleven groups wrote to the Senate.\n',
    ]);
    const city = entities.filter((e) => e.name === 'Mexico City');
    expect(city.map((e) => e.type)).toEqual(['Place']);
  });

  it('"Senate", "Senate of the Republic" and "Senado de la República" are one node', () => {
    const entities = resolve([
      'The groups asked the Senate on Monday to summon the Attorney General.',
      'The Senate of the Republic held a hearing.',
      'Pidió al Senado de la República crear una comisión especial.',
    ]);
    const senate = entities.filter((e) => /Sena/.test([e.name, ...e.aliases].join(' ')));
    expect(senate).toHaveLength(1);
    expect(senate[0]?.type).toBe('Organization');
  });

  it('keeps the senates of two named countries apart', () => {
    const entities = resolve(['The Mexican Senate met.', 'The Chilean Senate met.']);
    expect(entities.filter((e) => /Senate/.test(e.name))).toHaveLength(2);
  });
});

describe('ties a place cannot have', () => {
  it('"By X, Mexico City, date" leaves no WORKS_FOR or PUBLISHED on the city', () => {
    const facts = [
      extractDocument(
        docFromText(
          '# Activists ask the Senate\n\n*By Xóchitl Barragán Vela, Mexico City, 3 July 2017*\n\nThey wrote.\n',
        ),
      ),
    ];
    const { entities, relations } = resolveFacts(facts);
    const city = entities.find((e) => e.name === 'Mexico City');
    expect(city?.type).toBe('Place');
    const ties = relations.filter(
      (r) => r.type !== 'MENTIONS' && (r.source === city?.id || r.target === city?.id),
    );
    expect(ties).toEqual([]);
    const author = entities.find((e) => e.name === 'Xóchitl Barragán Vela');
    expect(relations.some((r) => r.type === 'AUTHORED' && r.source === author?.id)).toBe(true);
  });
});

describe('Mexico City in two languages', () => {
  it('"Ciudad de México" and "Mexico City" are one place, and a wire dateline\'s agency is not its acronym', () => {
    const entities = resolve([
      '**Ciudad de México, 29 de junio de 2017.** La red exige una investigación.',
      'MEXICO CITY (AP) — Activists said on Monday that they were targeted.',
    ]);
    const city = entities.filter(
      (e) => e.type === 'Place' && /M[eé]xico/.test([e.name, ...e.aliases].join(' ')),
    );
    const cities = city.filter((e) => e.name !== 'Mexico');
    expect(cities).toHaveLength(1);
    expect(cities[0]?.aliases).not.toContain('AP');
  });
});
