import { describe, expect, it } from 'vitest';
import { columnEdge, columnNode, toColumns } from '../../../../../viz/api/graph-columns.ts';
import type { GraphResponse } from '../../../../../viz/api/schema.ts';
import { columnsReader } from '../../../../../viz/page/src/network/columns.ts';

const graph: GraphResponse = {
  nodes: [
    {
      id: 'a',
      labels: ['Entity', 'Person'],
      type: 'Person',
      name: 'Ana',
      aliases: [],
      mentions: 2,
      degree: 2,
      documents: ['d1'],
    },
    {
      id: 'b',
      labels: ['Entity', 'Organization'],
      type: 'Organization',
      name: 'Org',
      aliases: ['O', 'The Org'],
      mentions: 1,
      degree: 1,
      documents: ['d1', 'd2'],
      kind: 'company',
    },
    {
      id: 'c',
      labels: ['Entity', 'Event'],
      type: 'Event',
      name: 'Talks',
      aliases: [],
      mentions: 0,
      degree: 1,
      documents: [],
      date: '2017-06-23',
    },
    {
      id: 'd',
      labels: ['Entity', 'Person'],
      type: 'Person',
      name: 'Bo',
      aliases: [],
      mentions: 1,
      degree: 0,
      documents: ['d1'],
    },
  ],
  edges: [
    {
      id: 'e1',
      type: 'WORKS_FOR',
      source: 'a',
      target: 'b',
      documents: ['d1'],
      confidence: 0.9,
      evidenceCount: 1,
    },
    {
      id: 'e2',
      type: 'PARTICIPATED_IN',
      source: 'a',
      target: 'c',
      documents: ['d1', 'd2'],
      confidence: 0.7,
      evidenceCount: 2,
      role: 'speaker',
    },
    { id: 'e3', type: 'MENTIONS', source: 'b', target: 'c', documents: [], confidence: 1, evidenceCount: 0 },
  ],
  truncated: false,
};

describe('columnsReader', () => {
  const columns = toColumns(graph);
  const read = columnsReader(columns);

  it('gives the same attributes as the shared decoder, key order included', () => {
    for (let i = 0; i < graph.nodes.length; i++) {
      expect(read.node(i)).toEqual(columnNode(columns, i));
      expect(Object.keys(read.node(i))).toEqual(Object.keys(columnNode(columns, i)));
    }
    for (let i = 0; i < graph.edges.length; i++) expect(read.edge(i)).toEqual(columnEdge(columns, i));
  });

  it('shares repeated lists, frozen, and keeps lists of several values apart', () => {
    expect(read.node(0).labels).toBe(read.node(3).labels);
    expect(read.node(0).documents).toBe(read.edge(0).documents);
    expect(read.node(0).aliases).toBe(read.node(2).aliases);
    expect(Object.isFrozen(read.node(0).labels)).toBe(true);
    expect(() => read.node(0).documents.push('x')).toThrow(TypeError);
    expect(read.node(1).aliases).not.toBe(read.node(1).aliases);
    expect(read.edge(1).documents).not.toBe(read.edge(1).documents);
  });
});
