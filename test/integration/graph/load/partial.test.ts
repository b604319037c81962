// What happens around the happy path: a document whose transaction fails is rolled back while the others
// load; a bad file in an ingest batch is reported and the rest loads; a new document merges into the
// entities already in the graph (no second INAI) and adds its evidence.
import path from 'node:path';
import { mkdtemp, copyFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, Relation } from '../../../../core/model/index.ts';
import type { Neo4jHandle } from '../../../../graph/connection/index.ts';
import { readKnownEntities } from '../../../../graph/export/index.ts';
import { loadExtraction } from '../../../../graph/load/index.ts';
import { extractPaths } from '../../../../ingest/index.ts';
import { corpusExtraction, reloadCorpus } from '../../../support/corpus.ts';
import { openTestDriver } from '../../../support/neo4j.ts';
import { count, rows } from './helpers.ts';

let handle: Neo4jHandle;
let corpus: Extraction;
beforeAll(async () => {
  handle = await openTestDriver();
  corpus = await corpusExtraction();
});
afterAll(async () => {
  await reloadCorpus(handle); // leave the corpus loaded for the files after this one
  await handle.close();
});

describe('partial loads', () => {
  it('rolls back a document whose transaction fails and loads the others', async () => {
    const [first, , , , last] = corpus.documents;
    // A relationship in the last document that reuses the id of one from the first document between other
    // endpoints: the relationship-id uniqueness constraint rejects it, so the last document's unit fails.
    const victim = corpus.relations.find(
      (r) => r.type !== 'MENTIONS' && r.evidence.every((e) => e.document === first?.id),
    ) as Relation;
    const other = corpus.entities.find((e) => e.id !== victim.source && e.id !== victim.target)!;
    const clash: Relation = {
      ...victim,
      target: other.id,
      evidence: [
        { ...victim.evidence[0]!, document: last!.id, start: 0, end: 1, text: last!.text.slice(0, 1) },
      ],
    };
    const bad: Extraction = { ...corpus, relations: [...corpus.relations, clash] };
    const report = await loadExtraction(handle, bad, { reset: true, unitRows: 1 });
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.documents).toEqual([last!.id]);
    expect(report.failed[0]?.code).toMatch(/ConstraintValidationFailed/);
    expect(report.loadedDocuments).toHaveLength(4);
    expect(await count(handle, 'MATCH (d:SourceDocument) RETURN count(d)')).toBe(4);
    expect(await count(handle, 'MATCH (d:SourceDocument {id: $id}) RETURN count(d)', { id: last!.id })).toBe(
      0,
    );
    expect(
      await count(handle, 'MATCH ()-[r]->() WHERE $id IN r.documents RETURN count(r)', { id: last!.id }),
    ).toBe(0);
  });

  it('loads the good documents of a batch that holds a bad file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kg-load-bad-'));
    for (const doc of corpus.documents.slice(0, 2)) {
      await copyFile(path.resolve(doc.path), path.join(dir, path.basename(doc.path)));
    }
    await writeFile(path.join(dir, 'broken.md'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const extraction = await extractPaths([dir], { workers: 1 });
    expect(extraction.failures.map((f) => path.basename(f.path))).toEqual(['broken.md']);
    const report = await loadExtraction(handle, extraction, { reset: true });
    expect(report.failed).toEqual([]);
    expect(report.documents).toBe(2);
    expect(await count(handle, 'MATCH (d:SourceDocument) RETURN count(d)')).toBe(2);
  });

  it('merges a new document into the existing entities and adds its evidence', async () => {
    const letter = corpus.documents.find((d) => d.path.includes('letter-to-ogp-steering-committee'))!;
    const others = corpus.documents.filter((d) => d.id !== letter.id).map((d) => path.resolve(d.path));
    const base = await extractPaths(others, { workers: 1 });
    await loadExtraction(handle, base, { reset: true });
    const inaiBefore = await rows(handle, `MATCH (n:Entity) WHERE 'INAI' IN n.aliases RETURN n.id AS id`);
    expect(inaiBefore).toHaveLength(1);
    const nodesBefore = await count(handle, 'MATCH (n:Entity) RETURN count(n)');

    const known = await readKnownEntities(handle);
    expect(known).toHaveLength(nodesBefore);
    const added = await extractPaths([path.resolve(letter.path)], { workers: 1, known });
    const report = await loadExtraction(handle, added);
    expect(report.failed).toEqual([]);

    const inaiAfter = await rows(
      handle,
      `MATCH (n:Entity) WHERE 'INAI' IN n.aliases OR n.name = 'INAI'
       OPTIONAL MATCH (d:SourceDocument)-[:MENTIONS]->(n)
       RETURN n.id AS id, collect(d.id) AS documents`,
    );
    expect(inaiAfter).toHaveLength(1);
    expect(inaiAfter[0]?.id).toBe(inaiBefore[0]?.id);
    expect(inaiAfter[0]?.documents).toContain(letter.id);
    expect(report.nodesCreated).toBeLessThan(added.entities.length + 1);
    const withNewEvidence = await count(
      handle,
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE $id IN r.documents AND size(r.documents) >= 2 RETURN count(r)`,
      { id: letter.id },
    );
    expect(withNewEvidence).toBeGreaterThan(0);
  });
});
