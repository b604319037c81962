// Scheduling load units without a database: which nodes a unit locks, and which waiting unit may run next
// beside the running ones (never two units that share a node).
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../core/model/index.ts';
import { planUnits } from '../../../../graph/load/index.ts';
import { pickNext, unitNodes } from '../../../../graph/load/schedule.ts';

const doc = (id: string) => ({
  id,
  path: `${id}.md`,
  title: id,
  date: null,
  kind: 'letter' as const,
  sha256: 'a'.repeat(64),
  format: 'md' as const,
  text: 'A met B. C met D.',
});
const rel = (id: string, source: string, target: string, document: string) => ({
  id,
  type: 'WORKS_FOR' as const,
  source,
  target,
  evidence: [{ document, text: 'A met B.', start: 0, end: 8, method: 'pattern', confidence: 0.7 }],
});
const person = (id: string) => ({ id, type: 'Person' as const, name: id, aliases: [], mentions: 1 });

const extraction: Extraction = {
  documents: [doc('doc:1'), doc('doc:2'), doc('doc:3')],
  entities: ['p:a', 'p:b', 'p:c', 'p:d', 'p:e'].map(person),
  relations: [
    rel('r1', 'p:a', 'p:b', 'doc:1'),
    rel('r2', 'p:b', 'p:c', 'doc:2'), // shares p:b with doc:1
    rel('r3', 'p:d', 'p:e', 'doc:3'), // shares nothing
  ],
  mentions: [],
  failures: [],
};

describe('load scheduling', () => {
  const units = planUnits(extraction, 1);
  const nodes = units.map((u) => ({ nodes: unitNodes(u) }));

  it('counts the documents, entities and relationship endpoints a unit touches as its nodes', () => {
    expect(units.map((u) => u.ownDocuments)).toEqual([['doc:1'], ['doc:2'], ['doc:3']]);
    expect([...(nodes[0]?.nodes ?? [])].sort()).toEqual(['doc:1', 'p:a', 'p:b']);
  });

  it('starts the first waiting unit that shares no node with the running ones', () => {
    const running = [nodes[0]!.nodes];
    expect(pickNext(nodes.slice(1), running)).toBe(1); // doc:2 shares p:b, doc:3 runs
    expect(pickNext(nodes.slice(1, 2), running)).toBe(-1); // only a conflicting unit waits
    expect(pickNext(nodes, [])).toBe(0); // nothing running: planned order
  });
});
