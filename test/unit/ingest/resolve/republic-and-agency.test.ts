// Resolution of "the Republic of <Country>" (an addressee line of the dev7 open letter) and the agency of a
// wire dateline written after the date (the dev7 wire story).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../../ingest/resolve/index.ts';
import { docFromText } from '../support.ts';

const resolve = (texts: string[]) => resolveFacts(texts.map((t) => extractDocument(docFromText(t)))).entities;

describe('the Republic of a country', () => {
  it('"President of the Republic of Colombia" names the country, one place node with "Colombia"', () => {
    const entities = resolve([
      'OPEN LETTER\n\nBogotá, 15 March 2021\n\nTo: The President of the Republic of Colombia\n    The Steering Committee of the Open Government Partnership\n\nWe write to express our alarm at the use of spyware in Colombia.\n',
    ]);
    const colombia = entities.filter((e) => /Colombia/.test([e.name, ...e.aliases].join(' ')));
    expect(colombia.map((e) => e.type)).toEqual(['Place']);
  });
});

describe('the agency of a wire dateline', () => {
  it('"BOGOTA, Colombia, March 10, 2021 (Andes Wire) —" gives the agency as a media organisation', () => {
    const entities = resolve([
      'Colombian lawmakers demand answers over spyware\n\nBOGOTA, Colombia, March 10, 2021 (Andes Wire) — Colombian lawmakers on Wednesday demanded answers, a deputy said.\n',
    ]);
    const agency = entities.find((e) => e.name === 'Andes Wire');
    expect(agency).toMatchObject({ type: 'Organization', kind: 'media' });
  });
});
