import { describe, expect, it } from 'vitest';
import { createGraph, mergeGraphPart } from '../../../../../viz/page/src/network/graph.ts';
import { copyPositions, shadowOf, SYNC, syncDelay } from '../../../../../viz/page/src/network/shadow.ts';

function graphOf(ids: string[]) {
  const graph = createGraph();
  const base = { labels: [], aliases: [], mentions: 1, documents: ['d'], degree: 1, type: 'Person' };
  const edge = { type: 'KNOWS', documents: ['d'], confidence: 1, evidenceCount: 1 };
  mergeGraphPart(
    graph,
    {
      nodes: ids.map((id) => ({ ...base, id, name: id.toUpperCase() })),
      edges: [{ ...edge, id: 'e1', source: 'a', target: 'b' }],
    },
    (id) => ({ x: id.charCodeAt(0), y: 0 }),
  );
  return graph;
}

describe('shadowOf', () => {
  it('copies nodes with their positions and edges, and nothing else', () => {
    const shadow = shadowOf(graphOf(['a', 'b']));
    expect(shadow.nodes()).toEqual(['a', 'b']);
    expect(shadow.getNodeAttributes('a')).toEqual({ x: 97, y: 0 });
    expect(shadow.extremities('e1')).toEqual(['a', 'b']);
    expect(shadow.getEdgeAttributes('e1')).toEqual({});
  });
});

describe('copyPositions', () => {
  it("writes the shadow's positions in one update, keeping other attributes and newer nodes' positions", () => {
    const graph = graphOf(['a', 'b']);
    const shadow = shadowOf(graph);
    shadow.mergeNodeAttributes('a', { x: 5, y: 6 });
    mergeGraphPart(graph, { nodes: [{ ...graph.getNodeAttributes('a'), id: 'c' }], edges: [] }, () => ({
      x: 7,
      y: 8,
    }));
    let updates = 0;
    graph.on('eachNodeAttributesUpdated', () => (updates += 1));
    copyPositions(shadow, graph);
    expect(updates).toBe(1);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 5, y: 6, name: 'A' });
    expect(graph.getNodeAttributes('c')).toMatchObject({ x: 7, y: 8 });
  });
});

describe('syncDelay', () => {
  it('spaces copies so redraws take a bounded share of the main thread', () => {
    expect(syncDelay(0)).toBe(SYNC.minDelayMs);
    expect(syncDelay(50)).toBe(250);
    expect(syncDelay(60_000)).toBe(SYNC.maxDelayMs);
  });
});
