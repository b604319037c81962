import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from '../../../../viz/api/graph-columns.ts';
import { GraphColumns, type GraphResponse } from '../../../../viz/api/schema.ts';
import { createGraph, mergeGraphColumns, mergeGraphPart } from '../../../../viz/page/src/network/graph.ts';

const graph: GraphResponse = {
  nodes: [
    {
      id: 'p1',
      labels: ['Entity', 'Person'],
      type: 'Person',
      name: 'Ana',
      aliases: ['A.', 'Anita'],
      mentions: 3,
      degree: 2,
      documents: ['doc1', 'doc2'],
    },
    {
      id: 'o1',
      labels: ['Entity', 'Organization'],
      type: 'Organization',
      name: 'R3D',
      kind: 'ngo',
      aliases: [],
      mentions: 1,
      degree: 1,
      documents: ['doc1'],
    },
    {
      id: 'doc1',
      labels: ['SourceDocument'],
      type: 'SourceDocument',
      name: 'A letter',
      date: '2017-06-19',
      aliases: [],
      mentions: 0,
      degree: 1,
      documents: [],
    },
  ],
  edges: [
    {
      id: 'r1',
      type: 'WORKS_FOR',
      source: 'p1',
      target: 'o1',
      role: 'director',
      documents: ['doc1', 'doc2'],
      confidence: 0.9,
      evidenceCount: 2,
    },
    {
      id: 'r2',
      type: 'SIGNED',
      source: 'p1',
      target: 'doc1',
      documents: [],
      confidence: 1,
      evidenceCount: 1,
    },
  ],
  truncated: true,
  total: { nodes: 10, edges: 20 },
};

describe('GraphColumns', () => {
  it('round-trips a window exactly, with repeated strings stored once', () => {
    const columns = toColumns(graph);
    expect(GraphColumns.safeParse(JSON.parse(JSON.stringify(columns))).success).toBe(true);
    expect(fromColumns(columns)).toEqual(graph);
    expect(columns.strings.filter((s) => s === 'doc1')).toHaveLength(1);
    expect(columns.edges.source).toEqual([0, 0]);
    expect(columns.edges.target).toEqual([1, 2]);
  });

  it.each([
    ['a column of another length', (c: GraphColumns) => c.nodes.name.pop()],
    ['an edge end outside the nodes', (c: GraphColumns) => (c.edges.target[0] = 3)],
    ['a type outside the strings', (c: GraphColumns) => (c.nodes.type[0] = 99)],
    ['offsets that do not cover the values', (c: GraphColumns) => c.edges.documents.push(0)],
    ['a string where a number belongs', (c: GraphColumns) => ((c.nodes.degree as unknown[])[0] = '2')],
  ])('refuses %s', (_what, damage) => {
    const columns = structuredClone(toColumns(graph));
    damage(columns);
    expect(GraphColumns.safeParse(columns).success).toBe(false);
  });

  it('builds the same page graph as the object form (mergeGraphColumns vs mergeGraphPart)', () => {
    const saved = (id: string) => (id === 'doc1' ? undefined : { x: id.length, y: 1 });
    const fromObjects = createGraph();
    const fromCols = createGraph();
    const a = mergeGraphPart(fromObjects, graph, saved, () => 0.25);
    const b = mergeGraphColumns(fromCols, toColumns(graph), saved, () => 0.25);
    expect(b).toEqual(a);
    expect(fromCols.export()).toEqual(fromObjects.export());
    // merging again refreshes attributes and adds nothing
    expect(mergeGraphColumns(fromCols, toColumns(graph))).toEqual({ addedNodes: [], addedEdges: [] });
  });
});
