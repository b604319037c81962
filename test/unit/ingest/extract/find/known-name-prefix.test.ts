// A curated name that opens a longer one the text writes out (a sentence of held-out set 8, read after its
// blind measure): "Ministry of Public Administration" is in the alias table (Mexico's SFP), but "the Ministry of
// Public Administration and Local Self-Government" is another body, named in full.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../../../ingest/resolve/index.ts';
import { docFromText } from '../../support.ts';

const orgs = (text: string) =>
  resolveFacts([extractDocument(docFromText(text))])
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name)
    .sort();

describe('a known name does not cut a longer name', () => {
  it('"Ministry of Public Administration and Local Self-Government" is one body, not SFP', () => {
    expect(
      orgs(
        "The Ministry of Public Administration and Local Self-Government coordinates the country's participation.\n",
      ),
    ).toEqual(['Ministry of Public Administration and Local Self-Government']);
  });

  it('a known name or acronym after "and" is still a second body', () => {
    const names = orgs('The Ministry of Public Administration and INAI met on Monday.\n');
    expect(names).toContain('Secretaría de la Función Pública');
    expect(names).toHaveLength(2);
  });
});
