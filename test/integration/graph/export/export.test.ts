// Export reads the graph back from Neo4j: JSON in the extraction shape (and loading it again changes
// nothing), GEXF that graphology-gexf parses back with the same nodes and edges, GraphML likewise.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Extraction } from '../../../../core/model/index.ts';
import type { Neo4jHandle } from '../../../../graph/connection/index.ts';
import { exportGraph, readGraph } from '../../../../graph/export/index.ts';
import { loadExtraction } from '../../../../graph/load/index.ts';
import { loadCorpusOnce, type LoadedCorpus } from '../../../support/corpus.ts';
import { openTestDriver } from '../../../support/neo4j.ts';

let handle: Neo4jHandle;
let corpus: LoadedCorpus;
let dir: string;
beforeAll(async () => {
  handle = await openTestDriver();
  corpus = await loadCorpusOnce(handle);
  dir = await mkdtemp(path.join(tmpdir(), 'kg-export-'));
});
afterAll(() => handle.close());

describe('export', () => {
  it('reads back every document, entity and relationship with its evidence', async () => {
    const graph = await readGraph(handle);
    expect(graph.documents.map((d) => d.id).sort()).toEqual(
      corpus.extraction.documents.map((d) => d.id).sort(),
    );
    expect(graph.entities).toHaveLength(corpus.extraction.entities.length);
    const inai = graph.entities.find((e) => e.aliases.includes('INAI'));
    expect(inai?.type).toBe('Organization');
    const typed = (x: Extraction) =>
      x.relations
        .filter((r) => r.type !== 'MENTIONS')
        .map((r) => r.id)
        .sort();
    expect(typed(graph)).toEqual(typed(corpus.extraction));
    expect(graph.mentions.length).toBe(corpus.extraction.mentions.length);
  });

  it('writes JSON in the extraction shape that re-loads without changing anything', async () => {
    const file = path.join(dir, 'graph.json');
    const report = await exportGraph(handle, 'json', file);
    const parsed = Extraction.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(report.nodes).toBe(parsed.documents.length + parsed.entities.length);
    const again = await loadExtraction(handle, parsed);
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, failed: [] });
  });

  it('writes GEXF that graphology-gexf parses back with the same nodes and edges', async () => {
    const file = path.join(dir, 'graph.gexf');
    const report = await exportGraph(handle, 'gexf', file);
    const graph = parseGexf(MultiDirectedGraph, await readFile(file, 'utf8'));
    expect(graph.order).toBe(report.nodes);
    expect(graph.size).toBe(report.relationships);
    const pegasus = graph.findNode((_key, attributes) => attributes.label === 'Pegasus');
    expect(pegasus).toBeDefined();
    expect(graph.getNodeAttribute(pegasus, 'type')).toBe('Technology');
  });

  it('writes GraphML that graphology-graphml parses back with the same nodes and edges', async () => {
    const file = path.join(dir, 'graph.graphml');
    const report = await exportGraph(handle, 'graphml', file);
    const graph = parseGraphml(MultiDirectedGraph, await readFile(file, 'utf8'));
    expect(graph.order).toBe(report.nodes);
    expect(graph.size).toBe(report.relationships);
    const edge = graph.findEdge((_key, attributes) => attributes.type === 'TARGETED');
    expect(edge).toBeDefined();
    expect(JSON.parse(String(graph.getEdgeAttribute(edge, 'evidence'))).length).toBeGreaterThan(0);
  });
});
