// Genres held-out set 7 brought (an interview, a court's judgment summary, an NGO blog timeline; Indonesia),
// read by the lead after its blind measure: sentences of that set.
import { describe, expect, it } from 'vitest';
import { describeDocument } from '../../../../ingest/extract/describe.ts';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { read } from './rules/passages.ts';
import { docFromText } from '../support.ts';

describe('organisations that only their head word types', () => {
  it('"Pte. Ltd.", "Holdings", "Watch", "Magazine", "Foundations", "Institut …"', () => {
    const { ents } = read(
      'Procurement records show that the agency signed a contract with Kalinda Cyber Pte. Ltd. in March 2024. ' +
        'Its owner, Veyron Holdings, is registered in Cyprus. Indonesia Corruption Watch obtained the records, ' +
        'and the Open Society Foundations funded the work of Lintas Magazine with researchers at the Institut Teknologi Bandung.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining([
        'Organization Kalinda Cyber Pte. Ltd',
        'Organization Veyron Holdings',
        'Organization Indonesia Corruption Watch',
        'Organization Open Society Foundations',
        'Organization Lintas Magazine',
        'Organization Institut Teknologi Bandung',
      ]),
    );
  });
});

describe('a product named after its kind, in quotes', () => {
  it('"the surveillance software \\"Orbweaver\\"" is a technology', () => {
    const { ents } = read(
      'On 14 November 2024 the plaintiff asked the defendant for a copy of the contract under which the surveillance software "Orbweaver" was supplied to the co-defendant.\n',
    );
    expect(ents).toContain('Technology Orbweaver');
  });
});

describe('a name in its own language and its acronym in one parenthesis', () => {
  it('"National Cyber and Crypto Agency (Badan Siber dan Sandi Negara, BSSN)" is one body', () => {
    const facts = extractDocument(
      docFromText(
        'Plaintiff: Data Advocacy Institute (Lembaga Advokasi Data Rakyat, LADR), represented by its director.\n' +
          'Co-defendant: National Cyber and Crypto Agency (Badan Siber dan Sandi Negara, BSSN)\n\n' +
          'The Court heard LADR and BSSN on Monday.\n',
      ),
    );
    const orgs = facts.entities.filter((e) => e.type === 'Organization');
    const agency = orgs.filter((e) => e.aliases.includes('National Cyber and Crypto Agency'));
    expect(agency.map((e) => [...e.aliases].sort())).toEqual([
      ['BSSN', 'Badan Siber dan Sandi Negara', 'National Cyber and Crypto Agency'],
    ]);
    const institute = orgs.filter((e) => e.aliases.includes('Data Advocacy Institute'));
    expect(institute.map((e) => e.aliases.includes('LADR'))).toEqual([true]);
    expect(orgs).toHaveLength(2);
  });

  it('a parenthesis whose acronym spells neither name is left alone', () => {
    const { ents } = read('The Ministry of Finance (Kementerian Keuangan, XYZ) declined to comment.\n');
    expect(ents).not.toContain('Organization Kementerian Keuangan');
  });
});

describe('bylines of interviews and blog posts', () => {
  it('"Interview by Dimas Prasetyo." credits a person, not an organisation', () => {
    const { rels, ents } = read('# Title\n\n*Interview by Dimas Prasetyo. Jakarta, 11 February 2025.*\n');
    expect(ents).toContain('Person Dimas Prasetyo');
    expect(rels).toContain('Dimas Prasetyo -AUTHORED-> DOC');
  });

  it('"Posted on <date> by A and B · Research" credits both and dates the post', () => {
    const text =
      '# Timeline: how Orbweaver came to Indonesia\n\nPosted on 5 May 2025 by Teguh Santoso and Maria Goretti Lumban Tobing · Research\n\n' +
      '12 March 2024 — BSSN signs a 36-month contract with Kalinda Cyber for Orbweaver licences.\n';
    const { rels } = read(text);
    expect(rels).toEqual(
      expect.arrayContaining([
        'Teguh Santoso -AUTHORED-> DOC',
        'Maria Goretti Lumban Tobing -AUTHORED-> DOC',
      ]),
    );
    expect(describeDocument(text, 'post.md').date).toBe('2025-05-05');
  });
});
