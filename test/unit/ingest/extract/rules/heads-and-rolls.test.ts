// Relations a careful reader draws from a document's head, its member rolls and signatory tables, and from
// report, hosting, unit and withdrawal phrasings: real passages of the blind sets dev8 and dev10 (a Malawian
// committee statement and report; a Ghanaian hearing summary, coalition letter and news feature).
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const HEARING = `# Select Committee on Communications: Summary of Proceedings

**Parliament of Ghana · Accra, 12 June 2024**

*Public hearing on the acquisition and use of the Greyfin interception software*

## Members present

- Hon. Kwabena Asamoah-Dartey, MP, Chairperson
- Hon. Efua Mensimah Quaye, MP, Ranking Member
- Hon. Yaw Boakye-Ntiamoah, MP
- Hon. Adwoa Serwaa Kyerematen, MP

## Witnesses

- Mr. Kofi Ansah-Larbi, Director-General, National Signals Bureau
- Ms. Naa Dedei Tetteh-Mensah, Deputy Minister for Communications and Digitalisation
- Dr. Selorm Agbenyega, Senior Researcher, Legon Digital Rights Lab
- Mr. Ebo Quansah-Arthur, Executive Director, Civic Audit Ghana

## Background

The hearing was convened after the publication, on 28 May 2024, of *Quiet Wires*, a forensic report by the Legon Digital Rights Lab and Civic Audit Ghana. The report found traces of Greyfin on the phones of four journalists and two staff members of the Minority Caucus. Greyfin is sold by Tessaline Networks, a company headquartered in Kaunas, Lithuania, which markets it to governments as a "lawful interception suite".

`;

const STATEMENT = `# Statement by the Committee on Defence and Security on the Marabou spyware allegations

The Committee has resolved to summon the Minister of Homeland Security to appear before it on 4 April 2023.

Issued on behalf of the Committee by:

Hon. Lusungu Kamanga-Banda, MP, Chairperson
Hon. Esnart Jere-Mkandawire, MP
`;

const REPORT = `# Watching the Watchers: Marabou Spyware and Malawi's Civic Space

*A report by the Centre for Civic Accountability (CCA) and the Harwick Digital Security Lab*

Lilongwe and Edinburgh, 13 March 2023

## Acknowledgements

This report was written by Chisomo Lungu-Phiri and Thandiwe Kapesa of the CCA.

## Endorsements

This report is endorsed by the following members of the Malawi Digital Rights Coalition (MDRC):

- Lilongwe Land Rights Forum
- Legal Aid Network of Malawi
`;

const TABLE = `Mr. Speaker,

We would welcome the opportunity to meet you.

Respectfully,

The undersigned members of the Ghana Coalition on Surveillance Reform:

| Organisation                              | Representative               | Role                       |
|-------------------------------------------|------------------------------|----------------------------|
| Kasoa Centre for Media Freedom            | Mawunyo Dzifa Akpalu         | Programme Director         |
| Tamale Legal Aid Collective               | Efia Nyarko-Asante           | Lead Counsel               |
`;

describe("a document's head, rolls and signatory tables", () => {
  it.each([
    [HEARING, 'x.md', 'Select Committee on Communications -AUTHORED-> DOC'],
    [
      HEARING,
      'x.md',
      'Kwabena Asamoah-Dartey -MEMBER_OF(MP, Chairperson)-> Select Committee on Communications',
    ],
    [
      HEARING,
      'x.md',
      'Efua Mensimah Quaye -MEMBER_OF(MP, Ranking Member)-> Select Committee on Communications',
    ],
    [HEARING, 'x.md', 'Kofi Ansah-Larbi -WORKS_FOR(Director-General)-> National Signals Bureau'],
    [HEARING, 'x.md', 'Selorm Agbenyega -WORKS_FOR(Senior Researcher)-> Legon Digital Rights Lab'],
    [STATEMENT, 'x.md', 'Committee on Defence and Security -AUTHORED-> DOC'],
    [STATEMENT, 'x.md', 'Lusungu Kamanga-Banda -SIGNED-> DOC'],
    [
      STATEMENT,
      'x.md',
      'Lusungu Kamanga-Banda -MEMBER_OF(MP, Chairperson)-> Committee on Defence and Security',
    ],
    [STATEMENT, 'x.md', 'Esnart Jere-Mkandawire -MEMBER_OF(MP)-> Committee on Defence and Security'],
    [REPORT, 'x.md', 'Centre for Civic Accountability -AUTHORED-> DOC'],
    [REPORT, 'x.md', 'Harwick Digital Security Lab -AUTHORED-> DOC'],
    [REPORT, 'x.md', 'Chisomo Lungu-Phiri -AUTHORED-> DOC'],
    [REPORT, 'x.md', 'Thandiwe Kapesa -AUTHORED-> DOC'],
    [TABLE, 'x.txt', 'Mawunyo Dzifa Akpalu -SIGNED-> DOC'],
    [TABLE, 'x.txt', 'Mawunyo Dzifa Akpalu -WORKS_FOR(Programme Director)-> Kasoa Centre for Media Freedom'],
    [TABLE, 'x.txt', 'Kasoa Centre for Media Freedom -SIGNED-> DOC'],
    [TABLE, 'x.txt', 'Efia Nyarko-Asante -WORKS_FOR(Lead Counsel)-> Tamale Legal Aid Collective'],
  ])('%#: %s gives %s', (text, path, expected) => {
    expect(read(text, path).rels).toContain(expected);
  });

  it('members present at a hearing sign nothing', () => {
    const signed = read(HEARING, 'x.md').rels.filter((r) => r.includes('-SIGNED->'));
    expect(signed.filter((r) => /Asamoah-Dartey|Quaye|Boakye-Ntiamoah|Kyerematen/.test(r))).toEqual([]);
  });

  it('a report the document is, or one others endorse, makes up no second report', () => {
    expect(read(REPORT, 'x.md').ents.filter((e) => e.startsWith('Document'))).toEqual([]);
  });
});

describe('reports, hosts, units and withdrawals in running text', () => {
  it.each([
    [
      'The hearing was convened after the publication, on 28 May 2024, of *Quiet Wires*, a forensic report by the Legon Digital Rights Lab and the Harwick Digital Security Lab.',
      [
        'Legon Digital Rights Lab -AUTHORED-> Quiet Wires',
        'Harwick Digital Security Lab -AUTHORED-> Quiet Wires',
      ],
    ],
    [
      'We are also concerned that the Interception of Communications Bill, drafted by the Ministry of National Security and laid before Parliament in February, would give the Bureau powers to use such tools without a warrant.',
      ['Ministry of National Security -AUTHORED-> Interception of Communications Bill'],
    ],
    [
      "We write to you as members of the Ghana Coalition on Surveillance Reform (GCSR), a network of civil society organisations formed in 2019. The coalition's secretariat is hosted by the Tamale Legal Aid Collective in Accra.",
      ['Tamale Legal Aid Collective -HOSTED-> Ghana Coalition on Surveillance Reform'],
    ],
    [
      'The Legon Digital Rights Lab is a research unit of the University of Ghana.',
      ['Legon Digital Rights Lab -PART_OF-> University of Ghana'],
    ],
    [
      '2. The command-and-control servers we traced are operated by the National Intelligence Service (NIS), an agency under the Office of the President and Cabinet (OPC).',
      ['National Intelligence Service -PART_OF-> Office of the President and Cabinet'],
    ],
    [
      'The Ministry of Communications and Digitalisation had not been consulted. She said the Cyber Security Authority, an agency under the Ministry, had learned of it from the press.',
      ['Cyber Security Authority -PART_OF-> Ministry of Communications and Digitalisation'],
    ],
    [
      'For this reason, three member organisations of the coalition (the Tamale Legal Aid Collective, the Kasoa Centre for Media Freedom and the Savannah Youth Assembly) left the OGP National Steering Committee on 20 June 2024.',
      [
        'Tamale Legal Aid Collective -WITHDREW_FROM-> OGP National Steering Committee',
        'Kasoa Centre for Media Freedom -WITHDREW_FROM-> OGP National Steering Committee',
        'Savannah Youth Assembly -WITHDREW_FROM-> OGP National Steering Committee',
      ],
    ],
  ])('%#: %s', (text, expected) => {
    const rels = read(text).rels;
    for (const r of expected) expect(rels).toContain(r);
  });

  it("a feature's byline writer who is a correspondent for an outlet: the outlet published the story", () => {
    const rels = read(
      `Inside the Bureau that bought Greyfin

By Kwesi Appiah-Nortey · 15 July 2024

ACCRA — When Abena Korkor Owusu noticed that her phone was overheating, she thought little of it, she said.

Kwesi Appiah-Nortey is a senior correspondent for The Harmattan Review. Additional reporting by Comfort Ayeley Lartey.`,
      'x.md',
    ).rels;
    expect(rels).toContain('Kwesi Appiah-Nortey -WORKS_FOR(senior correspondent)-> Harmattan Review');
    expect(rels).toContain('Harmattan Review -PUBLISHED-> DOC');
  });
});

describe("a committee's second demand in a sentence is the committee's", () => {
  const STATEMENT_BODY = `# Statement by the Committee on Defence and Security on the Marabou spyware allegations

The Committee has resolved to summon the Director General of the National Intelligence Service, Lameck Kachingwe, and the Minister of Homeland Security, Wongani Chibambo-Nyirenda, to appear before it on 4 April 2023.

The Committee further requests the Malawi Human Rights Commission (MHRC) to submit its own assessment, and calls on the Public Procurement and Disposal of Assets Authority (PPDA) to release every contract concluded with Mpingo Technologies since 2020.
`;
  it.each([
    'Committee on Defence and Security -CALLED_ON-> Public Procurement and Disposal of Assets Authority',
  ])('%s', (expected) => {
    expect(read(STATEMENT_BODY, 'x.md').rels).toContain(expected);
  });

  it('the body asked first does not call on the second', () => {
    expect(read(STATEMENT_BODY, 'x.md').rels).not.toContain(
      'Malawi Human Rights Commission -CALLED_ON-> Public Procurement and Disposal of Assets Authority',
    );
  });
});

const REPORT_FUNDED = `# Watching the Watchers: Marabou Spyware and Malawi's Civic Space

*A report by the Centre for Civic Accountability (CCA) and the Harwick Digital Security Lab*

Lilongwe and Edinburgh, 13 March 2023

## Acknowledgements

This report was written by Chisomo Lungu-Phiri and Thandiwe Kapesa of the CCA, with forensic analysis by Dr. Priya Raghunathan-Lowe and Ewan Maccallister of the Harwick Digital Security Lab. Its publication was made possible by a grant from the Tilia Civic Fund. We are grateful to the *Nyasa Tribune* and to the Lilongwe Land Rights Forum for their cooperation.

## Summary of findings

1. Marabou, a spyware product developed by Varnel Cyber Solutions, was used against at least seven people in Malawi between February and November 2022.
2. The command-and-control servers we traced are operated by the National Intelligence Service (NIS), an agency under the Office of the President and Cabinet (OPC).
3. Procurement records show that the NIS purchased Marabou in 2021 from Mpingo Technologies, a reseller based in Blantyre.

## Who was targeted

The seven people whose phones were infected include:

- Gracious Nkhoma, investigative reporter, *Nyasa Tribune*
- Ruth Msiska-Chavula, coordinator, Lilongwe Land Rights Forum
- Yamikani Tembo-Saka, a lawyer with the Legal Aid Network of Malawi (LANEM)
- two members of the CCA's own staff, who asked not to be named

## Recommendations

We call on the National Assembly of Malawi to establish a public inquiry into the use of Marabou. We urge the Office of the Ombudsman to investigate how the NIS procured the spyware. We ask Varnel Cyber Solutions to suspend all support for the system it sold to the NIS.

## Endorsements

This report is endorsed by the following members of the Malawi Digital Rights Coalition (MDRC):

- Centre for Civic Accountability
- Lilongwe Land Rights Forum
- Legal Aid Network of Malawi
- Umodzi Youth Media Collective
- Chilungamo Women's Network
`;

describe('support told by "its ... was funded by"', () => {
  it('"Its work on the report was funded by X": X supports the body the sentence before opens with', () => {
    expect(
      read(
        'The Legon Digital Rights Lab is a research unit of the University of Ghana. Its work on the report was funded by the Westbrook Civic Trust, a philanthropic foundation based in London.',
      ).rels,
    ).toContain('Westbrook Civic Trust -SUPPORTS-> Legon Digital Rights Lab');
  });

  it('"Its publication was made possible by a grant from X" in a report: X supports the report\'s author', () => {
    expect(read(REPORT_FUNDED, 'x.md').rels).toContain(
      'Tilia Civic Fund -SUPPORTS-> Centre for Civic Accountability',
    );
  });

  it('a demand in the body for "support for" something names no one the signers support', () => {
    expect(read(REPORT_FUNDED, 'x.md').rels.filter((r) => r.includes('-SUPPORTS-> National'))).toEqual([]);
  });
});
