// An organisation named in full once and then by its proper part ("Spurwerk" for "Spurwerk Security Lab",
// "Haki Wazi" for "Haki Wazi Initiative") or as "<Field> Ministry" ("Interior Ministry" for "Ministry of
// Interior and National Administration") is one node when the batch has one such longer name. Sentences of
// the dev11 wire story (Kenya), read after its blind measure.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../../ingest/resolve/index.ts';
import { docFromText } from '../support.ts';

const resolve = (texts: string[]) => resolveFacts(texts.map((t) => extractDocument(docFromText(t)))).entities;
const orgs = (texts: string[], re: RegExp) =>
  resolve(texts).filter((e) => e.type === 'Organization' && re.test([e.name, ...e.aliases].join('|')));

describe('short forms of an organisation', () => {
  it('"Spurwerk" is the Spurwerk Security Lab', () => {
    const found = orgs(
      [
        'The report was released on July 2 by the Kilima Digital Rights Lab at the University of Nairobi and the Berlin-based Spurwerk Security Lab.\n',
        'Milan Koubek, a senior researcher at Spurwerk who led the technical analysis, said every infected phone had contacted the same servers.\n',
      ],
      /Spurwerk/,
    );
    expect(found).toHaveLength(1);
  });

  it('"Haki Wazi" is the Haki Wazi Initiative', () => {
    const found = orgs(
      [
        'Dr. Samwel Kiprono Tanui, a human rights lawyer who chairs the Nairobi-based Haki Wazi Initiative, said the group would go to court. Haki Wazi and the Open Bunge Trust, a parliamentary monitoring group, filed requests under the Access to Information Act last year.\n',
      ],
      /Haki Wazi/,
    );
    expect(found).toHaveLength(1);
  });

  it('"Interior Ministry" is the Ministry of Interior and National Administration', () => {
    const found = orgs(
      [
        'The Ministry of Interior and National Administration answers to the National Assembly for internal security.\n',
        'The Interior Ministry referred questions to the NIS.\n',
      ],
      /Interior/,
    );
    expect(found).toHaveLength(1);
  });

  it('a short form beside two longer names stays apart', () => {
    const found = orgs(
      [
        'Researchers of the Harwick Security Lab met researchers of the Harwick Policy Institute on Monday.\n',
        'Harwick, a research group at the university, declined to comment.\n',
      ],
      /Harwick/,
    );
    expect(found.map((e) => e.name).sort()).toEqual([
      'Harwick',
      'Harwick Policy Institute',
      'Harwick Security Lab',
    ]);
  });

  it('a body of a named institution is not that institution', () => {
    const found = orgs(
      [
        'The United Nations Human Rights Committee reviewed the case in 2019, and the United Nations welcomed its findings.\n',
      ],
      /United Nations/,
    );
    expect(found).toHaveLength(2);
  });

  it('"the Lake Region Press Club in Kisumu" is the Lake Region Press Club', () => {
    const found = orgs(
      [
        'The Office has since received four further complaints, including one from a member of the Lake Region Press Club in Kisumu.\n',
        'In Kisumu, the Lake Region Press Club, whose members include two of the reporters named in the report, asked for a criminal inquiry.\n',
      ],
      /Press Club/,
    );
    expect(found).toHaveLength(1);
  });
});
