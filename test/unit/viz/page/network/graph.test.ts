import { describe, expect, it } from 'vitest';
import { createGraph, mergeGraphPart, undoMerge } from '../../../../../viz/page/src/network/graph.ts';
import { collectPositions, parsePositions } from '../../../../../viz/page/src/network/positions.ts';

const node = (id: string) => ({
  id,
  labels: [],
  type: 'Person',
  name: id,
  aliases: [],
  mentions: 0,
  degree: 1,
  documents: [],
});
const edge = (id: string, source: string, target: string) => ({
  id,
  type: 'WORKS_FOR',
  source,
  target,
  documents: ['d'],
  confidence: 1,
  evidenceCount: 1,
});

describe('mergeGraphPart', () => {
  it('adds what is missing, places new nodes, and undoes exactly that', () => {
    const graph = createGraph();
    mergeGraphPart(graph, { nodes: [node('a')], edges: [] }, () => ({ x: 1, y: 2 }));
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 1, y: 2, name: 'a' });
    const report = mergeGraphPart(
      graph,
      { nodes: [node('a'), node('b')], edges: [edge('e', 'a', 'b'), edge('x', 'a', 'zz')] },
      () => undefined,
      () => 0.5,
    );
    expect(report).toEqual({ addedNodes: ['b'], addedEdges: ['e'] });
    const b = graph.getNodeAttributes('b');
    expect(Math.hypot(b.x - 1, b.y - 2)).toBeCloseTo(5); // next to its placed neighbour
    undoMerge(graph, report);
    expect(graph.nodes()).toEqual(['a']);
    expect(graph.size).toBe(0);
  });

  it('stores domain attributes only (no colour or size)', () => {
    const graph = createGraph();
    mergeGraphPart(graph, { nodes: [node('a')], edges: [] });
    expect(Object.keys(graph.getNodeAttributes('a')).sort()).toEqual(
      ['aliases', 'degree', 'documents', 'labels', 'mentions', 'name', 'type', 'x', 'y'].sort(),
    );
  });
});

describe('positions', () => {
  it('round-trips and keeps positions of nodes not in the graph', () => {
    const graph = createGraph();
    mergeGraphPart(graph, { nodes: [node('a')], edges: [] }, () => ({ x: 3, y: 4 }));
    const saved = collectPositions(graph, { other: { x: 9, y: 9 } });
    expect(parsePositions(JSON.stringify(saved))).toEqual({ other: { x: 9, y: 9 }, a: { x: 3, y: 4 } });
  });

  it.each([null, '', 'not json', '{"a":{"x":"1"}}', '[1,2]'])('treats %j as nothing saved', (raw) =>
    expect(parsePositions(raw)).toEqual({}),
  );
});
