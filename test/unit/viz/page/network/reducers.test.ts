import { describe, expect, it } from 'vitest';
import { DRAWING, TYPE_COLORS } from '../../../../../viz/page/src/app/palette.ts';
import { createGraph, mergeGraphPart } from '../../../../../viz/page/src/network/graph.ts';
import {
  nodeSize,
  reduceEdge,
  reduceNode,
  type DrawContext,
} from '../../../../../viz/page/src/network/reducers.ts';

const graph = createGraph();
const base = { labels: [], aliases: [], mentions: 1, documents: ['d'] };
mergeGraphPart(graph, {
  nodes: [
    { ...base, id: 'a', type: 'Person', name: 'Juan Pardinás', degree: 4 },
    { ...base, id: 'b', type: 'Organization', name: 'IMCO', degree: 1 },
    { ...base, id: 'c', type: 'Place', name: 'Mexico', degree: 1 },
  ],
  edges: [
    {
      id: 'ab',
      type: 'WORKS_FOR',
      source: 'a',
      target: 'b',
      documents: ['d'],
      confidence: 1,
      evidenceCount: 1,
    },
    {
      id: 'bc',
      type: 'LOCATED_IN',
      source: 'b',
      target: 'c',
      documents: ['d'],
      confidence: 1,
      evidenceCount: 1,
    },
  ],
});
const ctx = (patch: Partial<DrawContext> = {}): DrawContext => ({
  visibility: { hiddenNodes: new Set(), hiddenEdges: new Set() },
  highlight: null,
  hover: null,
  selectedNode: null,
  selectedEdge: null,
  pathEnds: new Set(),
  maxDegree: 4,
  presentation: false,
  ...patch,
});
const n = (id: string, c: DrawContext) => reduceNode(id, graph.getNodeAttributes(id), c);
const e = (id: string, c: DrawContext) => reduceEdge(id, graph.getEdgeAttributes(id), graph, c);

describe('reducers', () => {
  it('colours by type and sizes by sqrt(degree)', () => {
    expect(n('a', ctx()).color).toBe(TYPE_COLORS.Person);
    expect(n('a', ctx()).size).toBe(DRAWING.maxNodeSize);
    expect(nodeSize(1, 4)).toBeCloseTo(DRAWING.minNodeSize + (DRAWING.maxNodeSize - DRAWING.minNodeSize) / 2);
    expect(nodeSize(1, 4, true)).toBeGreaterThan(nodeSize(1, 4));
  });

  it('shortens long labels but shows the full name of the hovered node', () => {
    const long = { ...graph.getNodeAttributes('b'), name: 'Instituto Mexicano para la Competitividad, A.C.' };
    expect(reduceNode('b', long, ctx()).label).toMatch(/…$/);
    expect(reduceNode('b', long, ctx({ hover: { node: 'b', neighbours: new Set() } })).label).toBe(long.name);
  });

  it('hides filtered nodes and edges', () => {
    const c = ctx({ visibility: { hiddenNodes: new Set(['c']), hiddenEdges: new Set(['bc']) } });
    expect(n('c', c).hidden).toBe(true);
    expect(e('bc', c).hidden).toBe(true);
    expect(n('a', c).hidden).toBe(false); // sigma's default, set so every node has the same fields
  });

  it('dims everything but the hovered neighbourhood', () => {
    const c = ctx({ hover: { node: 'a', neighbours: new Set(['b']) } });
    expect(n('b', c).color).toBe(TYPE_COLORS.Organization);
    expect(n('c', c).color).toBe(DRAWING.dimmedNode);
    expect(n('c', c).label).toBe('');
    expect(e('ab', c).color).toBe(DRAWING.edgeHighlight);
    expect(e('bc', c).color).toBe(DRAWING.dimmedEdge);
  });

  it('isolates or dims outside a highlight', () => {
    const highlight = { nodes: new Set(['a', 'b']), edges: new Set(['ab']), isolate: true };
    expect(n('c', ctx({ highlight })).hidden).toBe(true);
    expect(n('a', ctx({ highlight })).forceLabel).toBe(true);
    expect(n('c', ctx({ highlight: { ...highlight, isolate: false } })).color).toBe(DRAWING.dimmedNode);
  });

  it('never writes into the graph', () => {
    const before = JSON.stringify(graph.export());
    n('a', ctx({ selectedNode: 'a' }));
    e('ab', ctx({ selectedEdge: 'ab' }));
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
