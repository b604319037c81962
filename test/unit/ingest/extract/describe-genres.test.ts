// Document dates and kinds of genres the dev7 set added: a government press communiqué, a chronology page
// whose entries carry older dates than the page's own "Updated" line.
import { describe, expect, it } from 'vitest';
import { describeDocument } from '../../../../ingest/extract/describe.ts';

describe('describeDocument: communiqués and chronologies', () => {
  it('a joint press communiqué is a press release', () => {
    const d = describeDocument(
      'Government of Colombia · Ministry of Information and Communications Technologies (MinTIC)\n\nJoint Press Communiqué 014/2021: the national government responds to allegations of digital surveillance\n\nBogotá D.C., 11 March 2021. The Ministry informs the public that it bought nothing.\n',
      'communique.html',
    );
    expect(d).toMatchObject({ kind: 'press_release', date: '2021-03-11' });
  });

  it('a chronology takes the date of its "Updated" line, not of its first entry', () => {
    const d = describeDocument(
      'Chronology: the Pangolin affair in Colombia\n\nCorporación Mirada Abierta · Updated 30 April 2021\n\n14 November 2020\n\nA journalist receives a text message with a link.\n\n2 February 2021\n\nA foundation sends the phones for analysis.\n',
      'chronology.pdf',
    );
    expect(d).toMatchObject({ title: 'Chronology: the Pangolin affair in Colombia', date: '2021-04-30' });
  });
});
