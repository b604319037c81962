// People credited with a work in a list that ends with their affiliation ("written by A and B of the X",
// "analysis by Dr. C of the Y Lab") are people even when no lexicon knows their first names, and the
// "report by" organisation cue leaves them alone. Read on the dev8 report after its blind measure.
import { describe, expect, it } from 'vitest';
import { read } from '../rules/passages.ts';

describe('people credited with a report', () => {
  const { ents } = read(
    'This report was written by Chisomo Lungu-Phiri and Thandiwe Kapesa of the CCA, with forensic analysis by Dr. Priya Raghunathan-Lowe of the Harwick Digital Security Lab.\n',
  );

  it.each(['Person Chisomo Lungu-Phiri', 'Person Thandiwe Kapesa', 'Person Priya Raghunathan-Lowe'])(
    '%s',
    (e) => {
      expect(ents).toContain(e);
    },
  );

  it('none of them becomes an organisation', () => {
    expect(
      ents.filter((e) => /Lungu-Phiri|Kapesa|Raghunathan/.test(e) && e.startsWith('Organization')),
    ).toEqual([]);
  });
});

describe('organisations credited with a report stay organisations', () => {
  it('"a report written by Fundación Datos Abiertos and Red Cívica Digital" names two organisations', () => {
    const { ents } = read(
      'According to a report written by Fundación Datos Abiertos and Red Cívica Digital, the phones were infected.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining(['Organization Fundación Datos Abiertos', 'Organization Red Cívica Digital']),
    );
  });
});
