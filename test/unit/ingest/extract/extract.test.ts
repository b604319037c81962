// Table-driven extraction tests on real sentences of the bundled corpus: entities, relations, offsets.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import type { DocumentFacts } from '../../../../ingest/extract/facts.ts';
import { docFromText } from '../support.ts';

function facts(text: string): DocumentFacts {
  return extractDocument(docFromText(text));
}

function named(f: DocumentFacts, key: string): string {
  return f.entities.find((e) => e.key === key)?.name ?? key;
}

function rels(f: DocumentFacts): string[] {
  return f.relations.map((r) => `${named(f, r.source)} -${r.type}-> ${named(f, r.target)}`);
}

describe('extractDocument: entities', () => {
  const cases: [string, string, string][] = [
    ['In June 19th 2017, the malware Pegasus was used against Juan Pardinás.', 'Person', 'Juan Pardinás'],
    [
      'The Ministry of Public Function did not give an official response.',
      'Organization',
      'Secretaría de la Función Pública',
    ],
    [
      'This was found by **Citizen Lab** with the aid of local NGO **SocialTic**.',
      'Organization',
      'Citizen Lab',
    ],
    [
      'Three days later the President Enrique Peña Nieto minimized the impact.',
      'Person',
      'Enrique Peña Nieto',
    ],
    ['As we gather in Tbilisi for the International OGP Summit, we write this letter.', 'Place', 'Tbilisi'],
    [
      'In addition to the Universal Declaration of Human Rights and the United Nations Convention against Corruption.',
      'Document',
      'Universal Declaration of Human Rights',
    ],
    [
      "Furthermore, journalists revealed the purchase of NSO Group's Pegasus malware.",
      'Technology',
      'Pegasus',
    ],
  ];
  it.each(cases)('%s → %s %s', (text, type, name) => {
    const f = facts(text);
    expect(f.entities.map((e) => `${e.type} ${e.name}`)).toContain(`${type} ${name}`);
  });

  it('does not emit closings, ordinals or URLs as entities', () => {
    const f = facts(
      'First, civic spaces shrink.\n\nSincerely yours,\n\nSee <https://citizenlab.ca/x> and mail matus@article.org.mx\n',
    );
    expect(f.entities.map((e) => e.name)).toEqual([]);
  });

  it('reads acronym definitions in both directions', () => {
    const f = facts(
      'The Freedom of Expression Institute (FXI) wrote. Later, FXI spoke. GESOC (Gestión Social y Cooperación) too.',
    );
    const fxi = f.entities.find((e) => e.aliases.includes('FXI'));
    expect(fxi?.aliases).toContain('Freedom of Expression Institute');
    expect(f.mentions.filter((m) => m.entity === fxi?.key)).toHaveLength(3);
    expect(f.entities.find((e) => e.acronym === 'GESOC')?.aliases).toContain('Gestión Social y Cooperación');
  });
});

describe('extractDocument: relations', () => {
  const cases: [string, string][] = [
    [
      'Sincerely yours,\n\nJuan E. Pardinás - IMCO, Instituto Mexicano para la Competitividad\n',
      'Juan E. Pardinás -WORKS_FOR-> IMCO',
    ],
    [
      "Investigative journalists have revealed proof of the purchase of NSO Group's Pegasus malware by the Attorney General Office.",
      'NSO Group -DEVELOPED-> Pegasus',
    ],
    [
      "Investigative journalists have revealed proof of the purchase of NSO Group's Pegasus malware by the Attorney General Office.",
      "Attorney General's Office -ACQUIRED-> Pegasus",
    ],
    [
      'Technical proof of the same high-end malware Pegasus was intended to infect renowned Mexican human rights defenders including founding member, Juan Pardinás.',
      'Pegasus -TARGETED-> Juan Pardinás',
    ],
    [
      'It operates through a Tripartite Technical Secretariat (STT), which is conformed of three parts: Executive branch (SFP), guarantor organ (INAI) and the Core Group of Civil Society (NOSC) for decisions.',
      'Secretaría de la Función Pública -PART_OF-> Tripartite Technical Secretariat',
    ],
    ['Tbilisi, Georgia - July 16th 2018', 'Tbilisi -LOCATED_IN-> Georgia'],
  ];
  it.each(cases)('%s ⇒ %s', (text, rel) => {
    expect(rels(facts(text))).toContain(rel);
  });

  it('reads a "Name, Title, Org" signature with its role', () => {
    const f = facts(
      'OGP Steering Committee Co-Chairs\n\nManish Bapna, Executive Vice President and Managing Director, World Resources Institute\n',
    );
    const w = f.relations.find((r) => r.type === 'WORKS_FOR');
    expect(w && `${named(f, w.source)} | ${named(f, w.target)} | ${w.role}`).toBe(
      'Manish Bapna | World Resources Institute | Executive Vice President and Managing Director',
    );
    expect(rels(f)).toContain('Manish Bapna -CO_CHAIR_OF-> OGP Steering Committee');
  });

  it('gives evidence and mention offsets that slice exactly to their text', () => {
    const text =
      '## PRESS RELEASE\n\nA report elaborated by **Citizen Lab** with the aid of **SocialTic** and **R3D**, published by The New York Times.¹\n';
    const f = facts(text);
    expect(f.relations.length).toBeGreaterThan(0);
    for (const r of f.relations) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    for (const m of f.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(rels(f)).toContain('Citizen Lab -COLLABORATED_WITH-> SocialTIC');
  });
});
