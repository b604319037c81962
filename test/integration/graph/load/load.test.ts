// Loading the bundled corpus into a real Neo4j: counts, idempotence, evidence on every relationship that
// slices the document text, and the multi-hop path a reader expects (Pegasus → a person it targeted → the
// OGP Steering Committee).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../core/model/index.ts';
import type { Neo4jHandle } from '../../../../graph/connection/index.ts';
import { loadExtraction, type LoadReport } from '../../../../graph/load/index.ts';
import { parseEvidence } from '../../../../graph/schema/index.ts';
import { loadCorpusOnce } from '../../../support/corpus.ts';
import { openTestDriver } from '../../../support/neo4j.ts';
import { count, rows, snapshot } from './helpers.ts';

let handle: Neo4jHandle;
let extraction: Extraction;
let report: LoadReport;
beforeAll(async () => {
  handle = await openTestDriver();
  ({ extraction, report } = await loadCorpusOnce(handle));
});
afterAll(() => handle.close());

describe('loading the corpus', () => {
  it('loads every document, entity and relationship of the extraction', async () => {
    expect(report.failed).toEqual([]);
    expect(report.documents).toBe(5);
    expect(report.skippedRelations).toBe(0);
    expect(await count(handle, 'MATCH (d:SourceDocument:Document) RETURN count(d)')).toBe(5);
    expect(await count(handle, 'MATCH (n:Entity) RETURN count(n)')).toBe(extraction.entities.length);
    for (const type of ['Person', 'Organization', 'Technology'] as const) {
      const expected = extraction.entities.filter((e) => e.type === type).length;
      expect(await count(handle, `MATCH (n:Entity:${type}) RETURN count(n)`), type).toBe(expected);
    }
    const typed = extraction.relations.filter((r) => r.type !== 'MENTIONS').length;
    expect(await count(handle, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)")).toBe(typed);
    const pairs = new Set(extraction.mentions.map((m) => `${m.document}>${m.entity}`));
    expect(
      await count(handle, 'MATCH (:SourceDocument)-[r:MENTIONS]->(:Entity) RETURN count(r)'),
    ).toBeGreaterThanOrEqual(pairs.size);
    expect(
      await count(
        handle,
        'MATCH (d:SourceDocument) WHERE size(d.text) > 0 AND d.sha256 IS NOT NULL RETURN count(d)',
      ),
    ).toBe(5);
  });

  it('changes nothing when the same extraction is loaded again', async () => {
    const before = await snapshot(handle);
    const again = await loadExtraction(handle, extraction);
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, documents: 5 });
    expect(await snapshot(handle)).toEqual(before);
  });

  it('keeps non-empty evidence on every relationship, whose offsets slice the document text', async () => {
    const texts = new Map(
      (await rows(handle, 'MATCH (d:SourceDocument) RETURN d.id AS id, d.text AS text')).map((d) => [
        d.id,
        d.text as string,
      ]),
    );
    const relationships = await rows(
      handle,
      'MATCH ()-[r]->() RETURN type(r) AS type, r.evidence AS evidence, r.documents AS documents, r.evidenceCount AS n',
    );
    expect(relationships.length).toBeGreaterThan(100);
    for (const r of relationships) {
      const evidence = parseEvidence(r.evidence);
      expect(evidence.length, String(r.type)).toBeGreaterThan(0);
      expect(evidence.length).toBe(r.n);
      expect(new Set(evidence.map((e) => e.document))).toEqual(new Set(r.documents as string[]));
      for (const e of evidence) expect(texts.get(e.document)?.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('counts mentions on MENTIONS edges and sums them on the entity', async () => {
    const [inai] = await rows(
      handle,
      `MATCH (n:Entity) WHERE 'INAI' IN n.aliases
       MATCH (d:SourceDocument)-[m:MENTIONS]->(n)
       RETURN n.mentions AS total, sum(m.count) AS counted, count(d) AS documents, collect(size(m.starts) = m.count) AS consistent`,
    );
    expect(inai?.documents).toBe(3);
    expect(inai?.total).toBe(inai?.counted);
    expect(inai?.consistent).not.toContain(false);
  });

  it('answers the multi-hop question: Pegasus → a person it targeted → the OGP Steering Committee', async () => {
    const paths = await rows(
      handle,
      `MATCH (t:Technology {name: 'Pegasus'})-[:TARGETED]->(p:Person)-[:MEMBER_OF]->(o:Organization {name: 'OGP Steering Committee'})
       RETURN p.name AS person`,
    );
    expect(paths.map((p) => p.person)).toContain('Juan Pardinás');
  });
});
