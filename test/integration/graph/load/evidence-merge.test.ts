// How evidence merges into a relationship already in the graph: a second document's evidence is appended
// (JSON items, count, documents, methods, highest confidence), evidence it already has is not added twice,
// and loading the same extraction again leaves every property of the relationship as it was. Relationships
// written by earlier versions (with an `evidenceKeys` list and items in another key order) merge the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, Extraction } from '../../../../core/model/index.ts';
import type { Neo4jHandle } from '../../../../graph/connection/index.ts';
import { loadExtraction } from '../../../../graph/load/index.ts';
import { parseEvidence } from '../../../../graph/schema/index.ts';
import { reloadCorpus } from '../../../support/corpus.ts';
import { openTestDriver } from '../../../support/neo4j.ts';
import { rows, snapshot } from './helpers.ts';

const TEXT = 'Pegasus targeted Juan Pardinás. Juan Pardinás was targeted by Pegasus.';
const doc = (id: string) => ({
  id,
  path: `${id}.md`,
  title: id,
  date: null,
  kind: 'report' as const,
  sha256: 'b'.repeat(64),
  format: 'md' as const,
  text: TEXT,
});
const ev = (document: string, start: number, end: number, method: string, confidence: number): Evidence => ({
  document,
  text: TEXT.slice(start, end),
  start,
  end,
  method,
  confidence,
});
const entities: Extraction['entities'] = [
  { id: 'technology:pegasus', type: 'Technology', name: 'Pegasus', aliases: [], mentions: 1 },
  { id: 'person:jp', type: 'Person', name: 'Juan Pardinás', aliases: ['Pardinás'], mentions: 1 },
];
const fromA = ev('doc:merge-a', 0, 31, 'pattern', 0.6);
const fromB = ev('doc:merge-b', 32, 70, 'dependency', 0.9);
const relation = (evidence: Evidence[]) => ({
  id: 'rel:merge:targeted',
  type: 'TARGETED' as const,
  source: 'technology:pegasus',
  target: 'person:jp',
  evidence,
});
const first: Extraction = {
  documents: [doc('doc:merge-a')],
  entities,
  relations: [relation([fromA])],
  mentions: [],
  failures: [],
};
// The second document's extraction cites the first document's sentence again, plus its own.
const second: Extraction = {
  documents: [doc('doc:merge-b')],
  entities,
  relations: [relation([fromA, fromB])],
  mentions: [],
  failures: [],
};

const readEdge = async (handle: Neo4jHandle) => {
  const [edge] = await rows(
    handle,
    'MATCH (:Entity {id: $s})-[r:TARGETED]->(:Entity {id: $t}) RETURN properties(r) AS p, count(*) AS n',
    { s: 'technology:pegasus', t: 'person:jp' },
  );
  return edge as { p: Record<string, unknown>; n: number };
};

let handle: Neo4jHandle;
beforeAll(async () => {
  handle = await openTestDriver();
});
afterAll(async () => {
  await reloadCorpus(handle); // leave the corpus loaded for the files after this one
  await handle.close();
});

describe('evidence merge into an existing relationship', () => {
  it('appends the new document evidence once, and a re-load changes nothing', async () => {
    await loadExtraction(handle, first, { reset: true });
    const before = await readEdge(handle);
    expect(before.n).toBe(1);
    expect(before.p.evidenceCount).toBe(1);

    const report = await loadExtraction(handle, second);
    expect(report.failed).toEqual([]);
    expect(report.relationshipsCreated).toBe(0);
    const merged = await readEdge(handle);
    expect(merged.n).toBe(1);
    expect(merged.p.evidenceCount).toBe(2);
    expect(merged.p.evidenceKeys).toBeUndefined();
    expect(parseEvidence(merged.p.evidence)).toEqual([fromA, fromB]);
    expect(merged.p.documents).toEqual(['doc:merge-a', 'doc:merge-b']);
    expect(merged.p.methods).toEqual(['pattern', 'dependency']);
    expect(merged.p.confidence).toBe(0.9);

    const counts = await snapshot(handle);
    const again = await loadExtraction(handle, second);
    expect(again.relationshipsCreated).toBe(0);
    expect(again.nodesCreated).toBe(0);
    expect(await snapshot(handle)).toEqual(counts);
    expect((await readEdge(handle)).p).toEqual(merged.p);
  });

  it('merges into a relationship of the earlier layout (evidenceKeys, items in schema order) without duplicates', async () => {
    await loadExtraction(handle, first, { reset: true });
    // Rewrite the edge as earlier versions stored it.
    await rows(
      handle,
      `MATCH ()-[r:TARGETED {id: $id}]->() SET r.evidenceKeys = $keys, r.evidence = $evidence RETURN count(r)`,
      { id: 'rel:merge:targeted', keys: ['doc:merge-a|0|31'], evidence: JSON.stringify([fromA]) },
    );
    const report = await loadExtraction(handle, second);
    expect(report.failed).toEqual([]);
    const merged = await readEdge(handle);
    expect(merged.p.evidenceCount).toBe(2);
    expect(merged.p.evidenceKeys).toEqual(['doc:merge-a|0|31', 'doc:merge-b|32|70']);
    expect(parseEvidence(merged.p.evidence)).toEqual([fromA, fromB]);
    await loadExtraction(handle, second);
    expect((await readEdge(handle)).p).toEqual(merged.p);
  });
});
