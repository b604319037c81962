// The clause reader on sentences of the dev12 set (a feature, a Q&A fact sheet, a UN communication) and
// sentences written like them: what it adds after the specific rules, and what it must not draw.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../ingest/extract/index.ts';
import { docFromText } from '../../support.ts';
import { read } from './passages.ts';

/** The relations the clause reader drew ("A -TYPE-> B"), whatever the other rules drew. */
function clauseRelations(text: string): string[] {
  const f = extractDocument(docFromText(text));
  const name = (k: string): string => f.entities.find((e) => e.key === k)?.name ?? k;
  return f.relations
    .filter((r) => r.evidence.method === 'clause-reader')
    .map((r) => `${name(r.source)} -${r.type}-> ${name(r.target)}`);
}

describe('clause reader', () => {
  const cases: [string, string, string[]][] = [
    [
      'coordinated subjects: "A and B have since called on C" gives two CALLED_ON',
      'Bantay Datos Collective and the Bukas Kalayaan Foundation have since called on the Department of Justice to open a criminal case against those who ordered the surveillance.',
      [
        'Bantay Datos Collective -CALLED_ON-> Department of Justice',
        'Bukas Kalayaan Foundation -CALLED_ON-> Department of Justice',
      ],
    ],
    [
      'a participle after an appositive noun, inside a passive: "developed by A, a company based in B, C"',
      'Lambana was developed by Vantorra Systems, a company based in Limassol, Cyprus, that markets its products to "law enforcement and intelligence customers only".',
      ['Vantorra Systems -LOCATED_IN-> Limassol'],
    ],
    [
      'an appositive between subject and verb, and "the Kalibre lab" for the lab named before',
      'The infections were first documented by the Kalibre Forensics Lab, an independent research group. The Asia Digital Defenders Network, a coalition based in Kuala Lumpur, partnered with the Kalibre lab to check the findings independently.',
      [
        'Asia Digital Defenders Network -LOCATED_IN-> Kuala Lumpur',
        'Asia Digital Defenders Network -COLLABORATED_WITH-> Kalibre Forensics Lab',
      ],
    ],
    [
      'a relative clause on the subject: "X, who chairs the committee, urged"',
      'On 12 March 2025, the Senate Committee on Public Order and Dangerous Drugs held a hearing on the report. Senator Leonora Quisumbing-Abad, who chairs the committee, urged the National Privacy Commission to audit every contract.',
      ['Leonora Quisumbing-Abad -LEADS(chair)-> Senate Committee on Public Order and Dangerous Drugs'],
    ],
    [
      '"he" for the one person named just before',
      'Mr. Teodulo Maglalang spoke to reporters on Monday. He joined the Bukas Kalayaan Foundation in 2019.',
      ['Teodulo Maglalang -WORKS_FOR-> Bukas Kalayaan Foundation'],
    ],
    [
      'coordinated objects: "A funded B and C"',
      'The Tambuli Civic Fund funded the Kalibre Forensics Lab and the Mindanao Paralegal Alliance in 2024.',
      [
        'Tambuli Civic Fund -SUPPORTS-> Kalibre Forensics Lab',
        'Tambuli Civic Fund -SUPPORTS-> Mindanao Paralegal Alliance',
      ],
    ],
    [
      'auxiliary and adverb before the verb, three modifiers before the object',
      'According to forensic researchers, the spyware Lambana was developed by Vantorra Systems. In 2022 the Inter-Agency Signals Coordination Office has reportedly bought the mobile surveillance tool Lambana.',
      ['Inter-Agency Signals Coordination Office -ACQUIRED-> Lambana'],
    ],
    [
      '"his handset" for the one person named in the sentences before, in a passive with "with"',
      'Mr. Renato Agbayani presents the morning programme. It was not. His handset had been infected with Lambana, the spyware developed by Vantorra Systems.',
      ['Lambana -TARGETED-> Renato Agbayani'],
    ],
    [
      '"I" in an interview is the person interviewed',
      'An interview with Renata Olmedo, lawyer.\n\nI joined the Bukas Kalayaan Foundation in 2015.',
      ['Renata Olmedo -WORKS_FOR-> Bukas Kalayaan Foundation'],
    ],
    [
      // A press-conference transcript of held-out set 8 (read after its blind measures), names changed.
      '"I" in a transcript\'s turn is its speaker, in the base form "work for"',
      'MODERATOR: Good morning. Ivana, you noticed it first.\n\nIVANA PETROVA: Yes. I work for the Legal Defence Centre, and in the autumn I was writing about the ministry.\n\nSTEFAN ZARIC: Thank you.\n\nMODERATOR: Questions, please.\n',
      ['Ivana Petrova -WORKS_FOR-> Legal Defence Centre'],
    ],
  ];
  it.each(cases)('%s', (_what, text, expected) => {
    const { rels } = read(text);
    for (const r of expected) expect(rels).toContain(r);
  });

  const none: [string, string, string][] = [
    [
      'a denial is no fact',
      'Benedicto Ylagan denied that Pacific Aegis Solutions Inc. had bought Lambana.',
      'ACQUIRED',
    ],
    [
      'a negated verb',
      'ISCO officials were invited but did not attend the Senate hearing.',
      'PARTICIPATED_IN',
    ],
    [
      'a subject governed by a preposition: the lawyer, not the foundation, urged',
      'A lawyer for the Bukas Kalayaan Foundation urged the National Privacy Commission to act.',
      'Bukas Kalayaan Foundation -CALLED_ON',
    ],
    [
      'another clause between verb and object',
      'The Kalibre Forensics Lab investigated the phones of reporters who had criticised the Inter-Agency Signals Coordination Office.',
      'REPORTED_ON',
    ],
    [
      '"he" with two people named before it',
      'Ms. Pilar Montecillo and Mr. Rommel Dagohoy spoke on Monday. He joined the Bukas Kalayaan Foundation in 2019.',
      '-WORKS_FOR-> Bukas Kalayaan Foundation',
    ],
    [
      'a possessive object is not the object: "joined B\'s campaign"',
      'Mr. Teodulo Maglalang spoke on Monday. He joined the Bukas Kalayaan Foundation’s campaign in 2019.',
      '-WORKS_FOR-> Bukas Kalayaan Foundation',
    ],
    [
      'waiting for a report: "until A has reported on B"',
      'MPs voted to suspend the bill until the Select Committee on Communications has reported on Greyfin, the spyware made by Tessaline Networks.',
      'REPORTED_ON',
    ],
    [
      '"A joined B and C in calling on D": acting together, not joining',
      'Red Ciudadana Lumen joined Article 19 and SocialTIC in calling on the PGR to hand the investigation to an independent panel.',
      'MEMBER_OF',
    ],
    ['"I" outside an interview', 'I joined the Bukas Kalayaan Foundation in 2015.', 'WORKS_FOR'],
  ];
  it.each(none)('draws nothing from %s', (_what, text, absent) => {
    expect(clauseRelations(text).filter((r) => r.includes(absent))).toEqual([]);
  });

  it('names its method and a lower confidence in the evidence', () => {
    const f = extractDocument(
      docFromText(
        'The Tambuli Civic Fund funded the Kalibre Forensics Lab and the Mindanao Paralegal Alliance in 2024.',
      ),
    );
    const ev = f.relations.filter((r) => r.type === 'SUPPORTS').map((r) => r.evidence);
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) {
      expect(e.method).toBe('clause-reader');
      expect(e.confidence).toBeLessThan(0.7);
    }
  });
});
