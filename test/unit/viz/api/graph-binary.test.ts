import { describe, expect, it } from 'vitest';
import {
  decodeGraphBinary,
  encodeGraphBinary,
  GRAPH_BINARY_VERSION,
  GraphBinaryError,
} from '../../../../viz/api/graph-binary.ts';
import { fromColumns, toColumns } from '../../../../viz/api/graph-columns.ts';
import type { GraphColumns, GraphResponse } from '../../../../viz/api/schema.ts';
import { createGraph, mergeGraphColumns } from '../../../../viz/page/src/network/graph.ts';

const node = (id: string, over: Partial<GraphResponse['nodes'][number]> = {}) => ({
  id,
  labels: ['Entity', 'Person'],
  type: 'Person',
  name: id,
  aliases: [],
  mentions: 1,
  degree: 1,
  documents: [],
  ...over,
});

const graph: GraphResponse = {
  nodes: [
    node('p1', { name: 'Ana Ñúñez 🙂', aliases: ['A.', 'Anita'], mentions: 3, degree: 2, documents: ['d1'] }),
    node('o1', { labels: ['Entity', 'Organization'], type: 'Organization', kind: 'ngo', degree: 70_000 }),
    node('d1', { labels: ['SourceDocument'], type: 'SourceDocument', date: '2017-06-19', mentions: 0 }),
  ],
  edges: [
    {
      id: 'r1',
      type: 'WORKS_FOR',
      source: 'p1',
      target: 'o1',
      role: 'director',
      documents: ['d1', 'd2'],
      confidence: 0.9,
      evidenceCount: 2,
    },
    { id: 'r2', type: 'SIGNED', source: 'p1', target: 'd1', documents: [], confidence: 1, evidenceCount: 1 },
  ],
  truncated: true,
  total: { nodes: 10, edges: 20 },
};

/** The answer's bytes as the page gets them (an ArrayBuffer of its own). */
const bytesOf = (columns: GraphColumns) => encodeGraphBinary(columns).slice().buffer;

/** Plain arrays in place of typed ones, to compare with the JSON form. */
const plain = (value: unknown): unknown =>
  ArrayBuffer.isView(value)
    ? Array.from(value as unknown as ArrayLike<number>)
    : Array.isArray(value)
      ? value.map(plain)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
        : value;

describe('graph binary', () => {
  it('round-trips a window exactly (non-ASCII names, wide integers, fractions, truncation)', () => {
    const columns = toColumns(graph);
    const decoded = decodeGraphBinary(bytesOf(columns));
    expect(plain(decoded)).toEqual(columns);
    expect(fromColumns(plain(decoded) as GraphColumns)).toEqual(graph);
    const whole = toColumns({ ...graph, truncated: false, total: undefined });
    delete whole.total;
    expect(plain(decodeGraphBinary(bytesOf(whole)))).toEqual(whole);
  });

  it('builds the same page graph as the JSON columns', () => {
    const a = createGraph();
    const b = createGraph();
    mergeGraphColumns(a, toColumns(graph), () => ({ x: 1, y: 2 }));
    mergeGraphColumns(b, decodeGraphBinary(bytesOf(toColumns(graph))), () => ({ x: 1, y: 2 }));
    expect(b.export()).toEqual(a.export());
  });

  it('keeps integer columns narrow and fractions exact', () => {
    const many = toColumns({
      nodes: Array.from({ length: 200 }, (_, i) => node(`n${i}`)),
      edges: Array.from({ length: 400 }, (_, i) => ({
        id: `e${i}`,
        type: 'MENTIONS',
        source: `n${i % 200}`,
        target: `n${(i * 7) % 200}`,
        documents: [],
        confidence: 0.1 * (i % 10),
        evidenceCount: 1,
      })),
      truncated: false,
    });
    const decoded = decodeGraphBinary(bytesOf(many));
    expect(decoded.edges.source).toBeInstanceOf(Int16Array); // up to 199: more than int8 holds
    expect(decoded.edges.evidenceCount).toBeInstanceOf(Int8Array);
    expect(Array.from(decoded.edges.confidence)).toEqual(many.edges.confidence);
  });

  const damaged: [string, (bytes: Uint8Array, view: DataView) => void, RegExp][] = [
    ['another magic number', (_b, v) => v.setUint32(0, 0x12345678, true), /magic/],
    ['another version', (_b, v) => v.setUint32(4, GRAPH_BINARY_VERSION + 1, true), /version/],
    ['a wrong number of sections', (_b, v) => v.setUint32(12, 3, true), /sections/],
    ['a section kind that does not fit', (_b, v) => v.setUint32(32, 1, true), /strings/],
    ['a length past the end', (_b, v) => v.setUint32(40, 1e6, true), /past the end/],
  ];
  it.each(damaged)('refuses %s with GraphBinaryError', (_what, damage, message) => {
    const bytes = new Uint8Array(bytesOf(toColumns(graph)));
    damage(bytes, new DataView(bytes.buffer));
    expect(() => decodeGraphBinary(bytes.buffer)).toThrow(GraphBinaryError);
    expect(() => decodeGraphBinary(bytes.buffer)).toThrow(message);
  });

  it('refuses a cut answer and an index out of range', () => {
    const bytes = bytesOf(toColumns(graph));
    expect(() => decodeGraphBinary(bytes.slice(0, bytes.byteLength - 16))).toThrow(GraphBinaryError);
    expect(() => decodeGraphBinary(bytes.slice(0, 10))).toThrow(GraphBinaryError);
    const columns = toColumns(graph);
    columns.edges.target[0] = 3; // no fourth node
    try {
      decodeGraphBinary(bytesOf(columns));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphBinaryError);
      expect((error as GraphBinaryError).code).toBe('BAD_GRAPH_BINARY');
    }
  });

  it('refuses bytes that are not UTF-8 in a string section', () => {
    const bytes = new Uint8Array(bytesOf(toColumns(graph)));
    const view = new DataView(bytes.buffer);
    const count = view.getUint32(36, true); // the first section: the interned strings
    bytes[32 + 16 + (count + 1) * 4] = 0xff; // its first text byte
    expect(() => decodeGraphBinary(bytes.buffer)).toThrow(/not UTF-8/);
  });
});
