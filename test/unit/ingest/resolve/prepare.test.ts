// Resolution in two steps (each document prepared as it arrives, then the batch merged) gives what one
// step gives: the same records however often a prepared batch is resolved, and mention counts of local
// entities that resolve to one node summed in the order of their first mention.
import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../../../../ingest/extract/index.ts';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { prepareFacts, resolveFacts, resolvePrepared } from '../../../../ingest/resolve/index.ts';
import { docFromText } from '../support.ts';

const texts = [
  'The Open Government Partnership (OGP) met in Geneva. Juan E. Pardinás - IMCO signed for the OGP.',
  'NSO Group’s Pegasus malware targeted Juan Pardinás, said Citizen Lab and CitizenLab’s report.',
];

describe('prepareFacts and resolvePrepared', () => {
  it('give what resolveFacts gives, also when a prepared batch is resolved twice', () => {
    const facts = texts.map((t) => extractDocument(docFromText(t)));
    const prepared = facts.map(prepareFacts);
    const once = JSON.stringify(resolveFacts(facts));
    expect(JSON.stringify(resolvePrepared(prepared))).toBe(once);
    expect(JSON.stringify(resolvePrepared(prepared))).toBe(once);
  });

  it('sums the mentions of two local entities that are one node, first evidence from the earliest', () => {
    const entity = (key: string, name: string) => ({
      key,
      type: 'Organization' as const,
      name,
      aliases: [name],
    });
    const facts: DocumentFacts = {
      document: { id: 'doc:a', path: 'a.md', title: 'A', date: null, kind: 'statement' },
      entities: [entity('e0', 'Citizen Lab'), entity('e1', 'Other Org'), entity('e2', 'CitizenLab')],
      mentions: [
        { entity: 'e1', start: 0, end: 9, text: 'Other Org' },
        { entity: 'e2', start: 20, end: 30, text: 'CitizenLab' },
        { entity: 'e0', start: 30, end: 41, text: 'Citizen Lab' },
        { entity: 'e2', start: 45, end: 55, text: 'CitizenLab' },
      ],
      relations: [],
    };
    const { entities, relations, mentions } = resolvePrepared([prepareFacts(facts)]);
    const zeta = entities.find((e) => [e.name, ...e.aliases].includes('CitizenLab'));
    expect(zeta?.mentions).toBe(3);
    const m = relations.find((r) => r.type === 'MENTIONS' && r.target === zeta?.id);
    expect(m?.count).toBe(3);
    expect(m?.evidence.map((e) => e.start)).toEqual([20]);
    expect(mentions.map((x) => x.start)).toEqual([0, 20, 30, 45]);
    expect(JSON.stringify(resolveFacts([facts]))).toBe(JSON.stringify({ entities, relations, mentions }));
  });
});
