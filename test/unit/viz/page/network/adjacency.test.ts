import { describe, expect, it } from 'vitest';
import { toColumns } from '../../../../../viz/api/graph-columns.ts';
import { dictionaryAdjacency } from '../../../../../viz/page/src/network/adjacency.ts';
import {
  createGraph,
  mergeGraphColumns,
  mergeGraphPart,
  type KgGraph,
} from '../../../../../viz/page/src/network/graph.ts';

const node = (id: string) => ({
  id,
  labels: ['Entity', 'Person'],
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

// a hub, parallel edges both ways, a self-loop, an isolated node
const window = {
  nodes: ['hub', 'a', 'b', 'c', 'alone'].map(node),
  edges: [
    edge('e1', 'hub', 'a'),
    edge('e2', 'hub', 'b'),
    edge('e3', 'c', 'hub'),
    edge('e4', 'a', 'b'),
    edge('e5', 'a', 'b'),
    edge('e6', 'b', 'a'),
    edge('e7', 'c', 'c'),
  ],
  truncated: false,
};

/** Everything graphology answers from its adjacency objects, in its own order. */
function answers(graph: KgGraph) {
  return graph.nodes().map((n) => ({
    n,
    out: graph.outNeighbors(n),
    in: graph.inNeighbors(n),
    neighbours: graph.neighbors(n),
    edges: graph.edges(n),
    degree: [graph.inDegree(n), graph.outDegree(n)],
    toA: graph.hasDirectedEdge(n, 'a'),
    fromA: graph.hasDirectedEdge('a', n),
    between: graph.edges(n, 'b'),
  }));
}

function build(fast: boolean): KgGraph {
  const graph = createGraph();
  mergeGraphColumns(graph, toColumns(window), () => ({ x: 0, y: 0 }), Math.random, fast);
  return graph;
}

describe('dictionaryAdjacency', () => {
  it('gives a graph that answers every adjacency question as graphology builds it', () => {
    const fast = build(true);
    const plain = build(false);
    expect(answers(fast)).toEqual(answers(plain));
    expect(fast.export()).toEqual(plain.export());
  });

  it('keeps answering the same after edges and nodes are dropped and others added', () => {
    const change = (graph: KgGraph) => {
      graph.dropEdge('e4');
      graph.dropNode('hub');
      mergeGraphPart(graph, { nodes: [node('d')], edges: [edge('e8', 'd', 'a'), edge('e9', 'a', 'd')] });
      graph.addDirectedEdgeWithKey('e10', 'alone', 'b', graph.getEdgeAttributes('e5'));
      return answers(graph);
    };
    expect(change(build(true))).toEqual(change(build(false)));
  });

  it('swaps the adjacency of nodes without edges and leaves nodes that have edges alone', () => {
    const graph = build(false);
    graph.addNode('fresh', { ...node('fresh'), x: 0, y: 0 });
    const records = (graph as unknown as { _nodes: Map<string, { out: object; in: object }> })._nodes;
    const before = new Map([...records].map(([id, r]) => [id, r.out]));
    dictionaryAdjacency(graph, graph.nodes());
    expect(records.get('fresh')!.out).not.toBe(before.get('fresh'));
    expect(Object.getPrototypeOf(records.get('fresh')!.out)).toBe(Object.prototype);
    expect(records.get('alone')!.out).not.toBe(before.get('alone'));
    for (const id of ['hub', 'a', 'b', 'c']) expect(records.get(id)!.out).toBe(before.get(id));
    graph.dropNode('fresh');
    expect(answers(graph)).toEqual(answers(build(false)));
    expect(graph.size).toBe(window.edges.length);
  });

  it('does nothing on a graph without the expected private records', () => {
    const graph = createGraph();
    graph.addNode('a', { ...node('a'), x: 0, y: 0 });
    Object.defineProperty(graph, '_nodes', { value: null });
    expect(() => dictionaryAdjacency(graph, ['a'])).not.toThrow();
  });
});
