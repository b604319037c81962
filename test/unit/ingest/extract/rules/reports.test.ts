// Reports and findings in news style: an organisation publishes a report with partners, documents or finds
// something, or is cited as the author of a report. Invented names in no table.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

const PEGASUS = 'Pegasus was used against activists. ';

describe('reports: REPORTED_ON and COLLABORATED_WITH', () => {
  it.each([
    [
      'Lakeside Lab, a research centre at the University of Halden, published a report on Monday together with Datos Libres and Red Cívica Digital.',
      [
        'Lakeside Lab -REPORTED_ON-> Pegasus',
        'Lakeside Lab -COLLABORATED_WITH-> Datos Libres',
        'Lakeside Lab -COLLABORATED_WITH-> Red Cívica Digital',
      ],
    ],
    [
      'Datos Libres and Red Cívica Digital documented that at least 40 messages had been sent.',
      ['Datos Libres -REPORTED_ON-> Pegasus', 'Red Cívica Digital -REPORTED_ON-> Pegasus'],
    ],
    [
      'Acceso Seguro and the Digital Defense Fund found evidence that the links led to known servers.',
      ['Acceso Seguro -REPORTED_ON-> Pegasus', 'Digital Defense Fund -REPORTED_ON-> Pegasus'],
    ],
    [
      'The messages were sent in 2016, according to a report by Fundación Datos Abiertos.',
      ['Fundación Datos Abiertos -REPORTED_ON-> Pegasus'],
    ],
    [
      'Sentinel Research Group, working with Acceso Seguro, confirmed the infections.',
      [
        'Sentinel Research Group -REPORTED_ON-> Pegasus',
        'Sentinel Research Group -COLLABORATED_WITH-> Acceso Seguro',
      ],
    ],
    [
      'Researchers at Harborview Lab found new infections. The lab conducted the investigation in collaboration with Observatorio de Libertades Digitales.',
      ['Harborview Lab -COLLABORATED_WITH-> Observatorio de Libertades Digitales'],
    ],
  ])('%s', (text, expected) => {
    const r = read(PEGASUS + text);
    for (const x of expected) expect(r.relations).toContain(x);
  });

  it.each([
    // A government that confirms a purchase reports on nothing.
    'The Attorney General’s Office confirmed that it had bought the tool in 2016.',
    // The organisation is the object, not the subject, of the finding.
    'A court told Datos Libres and Red Cívica Digital that it found no evidence.',
  ])('draws no REPORTED_ON from: %s', (text) =>
    expect(read(PEGASUS + text).relations.filter((r) => r.includes('REPORTED_ON'))).toEqual([]),
  );

  it('draws nothing when the document names no technology', () => {
    const r = read('Datos Libres and Red Cívica Digital documented that the budget was cut.');
    expect(r.relations.filter((x) => x.includes('REPORTED_ON'))).toEqual([]);
  });
});

describe('reports: subjects with appositives and sources', () => {
  it('skips the organisation inside an appositive and joins the co-subjects', () => {
    const r = read(
      PEGASUS +
        'Bluewater Lab, based at the University of Ontario, and the digital rights group Red Digital Libre analysed the messages.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Bluewater Lab -REPORTED_ON-> Pegasus',
        'Red Digital Libre -REPORTED_ON-> Pegasus',
        'Bluewater Lab -COLLABORATED_WITH-> Red Digital Libre',
      ]),
    );
    expect(r.relations.filter((x) => x.startsWith('University of Ontario'))).toEqual([]);
  });

  it('reads "according to <Org>" as its finding', () => {
    const r = read(
      PEGASUS + 'According to Bluewater Lab, the operator registered dozens of fake news domains.',
    );
    expect(r.relations).toContain('Bluewater Lab -REPORTED_ON-> Pegasus');
  });

  it('reads "In a joint report, A and B said" as both reporting, together', () => {
    const r = read(
      PEGASUS +
        'In a joint report, Northgate Lab and Colectivo Seguridad Digital said the operator had used more than 20 domains.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Northgate Lab -REPORTED_ON-> Pegasus',
        'Colectivo Seguridad Digital -REPORTED_ON-> Pegasus',
        'Northgate Lab -COLLABORATED_WITH-> Colectivo Seguridad Digital',
      ]),
    );
  });

  it('reads a plain "said" without a report as no finding', () => {
    const r = read(PEGASUS + 'Northgate Lab and Colectivo Seguridad Digital said they would meet on Friday.');
    expect(r.relations.filter((x) => /REPORTED_ON|COLLABORATED_WITH/.test(x))).toEqual([]);
  });
});
