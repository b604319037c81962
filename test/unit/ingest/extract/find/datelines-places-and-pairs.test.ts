// A wire dateline's agency without a year, places named beside a known one or after "In X,", a press club,
// a report's title before "by" and two bodies joined by "and": sentences of the dev11 wire story, report and
// press release (Kenya) and the dev8 committee statement (Malawi), read after their blind measures.
import { describe, expect, it } from 'vitest';
import { read } from '../rules/passages.ts';

describe('datelines, places, clubs, titles and pairs of bodies', () => {
  it('"NAIROBI, July 16 (Pwani Wire) -": the agency of a dateline with no year', () => {
    const { ents } = read(
      'NAIROBI, July 16 (Pwani Wire) - A parliamentary committee on Tuesday summoned the minister to explain the purchase.\n',
    );
    expect(ents).toContain('Organization Pwani Wire');
  });

  it('"offices in Nairobi, Mombasa, Kisumu, Nakuru and Eldoret": a list after a known place', () => {
    const { ents } = read(
      'Members of the public may lodge a complaint at any of its regional offices in Nairobi, Mombasa, Kisumu, Nakuru and Eldoret.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining(['Place Mombasa', 'Place Kisumu', 'Place Nakuru', 'Place Eldoret']),
    );
  });

  it('"In Kisumu, the X" and "Radio Mwangaza (Kisumu)" name a place; "In March," does not', () => {
    expect(
      read(
        'In Kisumu, the Lake Region Press Club asked the Office of the Director of Public Prosecutions to open a criminal inquiry.\n',
      ).ents,
    ).toEqual(expect.arrayContaining(['Place Kisumu', 'Organization Lake Region Press Club']));
    expect(read('- **Florence Adhiambo Okello**, presenter, Radio Mwangaza (Kisumu)\n').ents).toContain(
      'Place Kisumu',
    );
    expect(read('In March, the lab published its findings.\n').ents).toEqual([]);
    // dev7: a body's name in Spanish in brackets is no place.
    expect(
      read("The DNI has asked the Attorney General's Office (Fiscalía) to verify this statement.\n").ents,
    ).not.toContain('Place Fiscalía');
  });

  it('"the Nyasa Press Club" is an organisation', () => {
    const { ents } = read(
      'Written submissions have been received from the Nyasa Press Club and the Legal Aid Network of Malawi.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining(['Organization Nyasa Press Club', 'Organization Legal Aid Network of Malawi']),
    );
  });

  it('"the report Birds on the Wire by the X" names a report; two labs joined by "and" are two', () => {
    const { ents } = read(
      'The investigation follows the publication on 2 July 2024 of the report Birds on the Wire by the Kilima Digital Rights Lab of the University of Nairobi and Spurwerk Security Lab.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining(['Document Birds on the Wire', 'Organization Spurwerk Security Lab']),
    );
    expect(ents.filter((e) => /Lab .*and/.test(e))).toEqual([]);
  });

  it('fields joined by "and" stay in one name', () => {
    const { ents } = read(
      'Experts of the Department of Health and Human Services met the Ministry of Interior and National Administration.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining([
        'Organization Department of Health and Human Services',
        'Organization Ministry of Interior and National Administration',
      ]),
    );
  });
});
