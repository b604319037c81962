// Resolution: one node per real-world entity across documents, stable ids, reuse of known ids.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../../ingest/resolve/index.ts';
import { nameKey, personKey } from '../../../../ingest/resolve/keys.ts';
import { docFromText } from '../support.ts';

const texts = [
  'The Federal Executive branch (represented by the Ministry of Public Administration) did not answer.',
  'Unfortunately, the Ministry of Public Function did not give an official response.',
  'The Secretariat has three parts: Executive branch (SFP) and others.',
  'Signed by Juan E. Pardinás and later by Juan Pardinás, with **CitizenLab** and Citizen Lab’s report.',
];

describe('resolveFacts', () => {
  const facts = texts.map((t) => extractDocument(docFromText(t)));

  it('merges "Ministry of Public Function", "Ministry of Public Administration" and "SFP" into one node', () => {
    const { entities } = resolveFacts(facts);
    const sfp = entities.filter((e) =>
      ['SFP', 'Ministry of Public Function', 'Ministry of Public Administration'].some(
        (n) => e.name === n || e.aliases.includes(n),
      ),
    );
    expect(sfp).toHaveLength(1);
    expect(sfp[0]?.aliases).toEqual(
      expect.arrayContaining(['SFP', 'Ministry of Public Function', 'Ministry of Public Administration']),
    );
  });

  it('merges names with and without initials, spaces and possessives', () => {
    const { entities } = resolveFacts(facts);
    expect(entities.filter((e) => e.type === 'Person' && e.name.includes('Pardin'))).toHaveLength(1);
    expect(entities.filter((e) => e.type === 'Organization' && /citizen ?lab/i.test(e.name))).toHaveLength(1);
  });

  it('gives the same ids whatever the document order', () => {
    const a = resolveFacts(facts).entities.map((e) => `${e.id}=${e.name}`);
    const b = resolveFacts([...facts].reverse()).entities.map((e) => `${e.id}=${e.name}`);
    expect(b.sort()).toEqual(a.sort());
  });

  it('reuses the ids of known entities', () => {
    const known = [
      { id: 'org:existing-sfp', type: 'Organization' as const, name: 'SFP', aliases: [], mentions: 3 },
    ];
    const { entities, mentions } = resolveFacts(facts, known);
    const sfp = entities.find((e) => e.id === 'org:existing-sfp');
    expect(sfp).toBeDefined();
    expect(mentions.some((m) => m.entity === 'org:existing-sfp')).toBe(true);
  });

  it('turns mentions into MENTIONS relations with counts', () => {
    const { relations } = resolveFacts(facts);
    const m = relations.filter((r) => r.type === 'MENTIONS');
    expect(m.length).toBeGreaterThan(0);
    expect(m.every((r) => r.source.startsWith('doc:') && (r.count ?? 0) >= 1)).toBe(true);
  });
});

describe('keys', () => {
  it.each([
    ["The OGP's", 'ogp'],
    ['**Núcleo** de la Sociedad Civil', 'nucleo de la sociedad civil'],
    ['Core Group of Civil Society Organisations', 'core group of civil society organizations'],
    ['3rd Action Plan', 'third action plan'],
  ])('nameKey(%s) = %s', (a, b) => expect(nameKey(a)).toBe(b));
  it('drops initials from person keys', () => expect(personKey('Juan E. Pardinás')).toBe('juan pardinas'));
});

describe('resolveFacts across documents: acronyms, short forms and translated head words', () => {
  const resolve = (...docs: string[]) => resolveFacts(docs.map((t) => extractDocument(docFromText(t))));
  const holding = <T extends { name: string; aliases: string[] }>(es: T[], form: string): T[] =>
    es.filter((e) => e.name === form || e.aliases.includes(form));

  it('an acronym defined in one document and used alone in another is one node', () => {
    const { entities, mentions } = resolve(
      'The Observatorio Latinoamericano de Vigilancia Digital (OLAVI), a regional monitoring network, said it had recorded similar cases.',
      'OLAVI said the pattern matched cases it had recorded elsewhere in the region.',
    );
    const olavi = holding(entities, 'OLAVI');
    expect(olavi).toHaveLength(1);
    expect(olavi[0]?.name).toBe('Observatorio Latinoamericano de Vigilancia Digital');
    // Both documents mention it: the second one's bare "OLAVI" is the same node.
    expect(new Set(mentions.filter((m) => m.entity === olavi[0]?.id).map((m) => m.document)).size).toBe(2);
  });

  it('an acronym no document defines joins the one full name of the batch its initials spell', () => {
    const { entities } = resolve(
      'The IACHR has offered to appoint such a panel, as it did in the Ayotzinapa case.',
      'The network supports the request of the Inter-American Commission on Human Rights for an independent panel of experts.',
    );
    expect(holding(entities, 'IACHR')).toHaveLength(1);
    expect(holding(entities, 'IACHR')[0]?.name).toBe('Inter-American Commission on Human Rights');
  });

  it('the kind read from the full name wins over kinds guessed from the bare acronym elsewhere', () => {
    const { entities } = resolve(
      'The Inter-American Commission on Human Rights (IACHR) asked the government to guarantee their safety.',
      'The IACHR has offered to appoint such a panel, as it did in the Ayotzinapa case.',
      'The IACHR said on Monday that the panel would start work in August.',
    );
    expect(holding(entities, 'IACHR').map((e) => e.kind)).toEqual(['multilateral']);
  });

  it('initials that two names of the batch spell join neither', () => {
    const { entities } = resolve(
      'The NCA said it would appeal.',
      'The National Commission on Archives and the National Council of Artists signed the agreement.',
    );
    expect(holding(entities, 'NCA').map((e) => e.name)).toEqual(['NCA']);
  });

  it('"Inter-American Commission" is the short form of the one "Inter-American Commission on …" of the batch', () => {
    const { entities } = resolve(
      'The Inter-American Commission on Human Rights asked the government to protect the targets.',
      'The Inter-American Commission said on Monday that it would send experts.',
    );
    expect(holding(entities, 'Inter-American Commission')).toHaveLength(1);
    expect(holding(entities, 'Inter-American Commission')[0]?.name).toBe(
      'Inter-American Commission on Human Rights',
    );
  });

  it('"Fundación Karisma" and "Karisma Foundation" are one node; two different foundations stay two', () => {
    const { entities } = resolve(
      'Fundación Karisma signed the letter with TEDIC.',
      'The Karisma Foundation and the Ford Foundation attended the meeting.',
    );
    const orgs = entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs.filter((n) => /karisma/i.test(n))).toHaveLength(1);
    expect(orgs.filter((n) => /ford/i.test(n))).toHaveLength(1);
  });
});
