/**
 * A binary form of `GraphColumns` (schema.ts) for the page's first window (`GET /api/graph?format=binary`,
 * `GRAPH_BINARY_TYPE`): the same columns, numbers as little-endian typed arrays (the narrowest
 * integer width that holds a column, float64 for non-integers) and each string column as one UTF-8 block
 * with offsets. The page reads it with one `TextDecoder` call per string column and typed-array views
 * instead of parsing megabytes of JSON (bench:viz: most of the graph request's time in the page). The JSON
 * forms stay for other clients. Pure, shared by server and page; the decoder checks everything it reads
 * (header, kinds, lengths, bounds, then `columnsProblem`) and throws `GraphBinaryError` on a malformed answer.
 *
 * Layout: header (magic 'KGB1', version, flags, count of sections; total nodes and edges as float64), then
 * the sections of `SECTIONS` in order, each `kind, count, byteLength` (u32) and its data, 8-byte aligned.
 * String sections hold `count + 1` offsets (UTF-16 code units, u32) and then the UTF-8 bytes.
 */
import { columnsProblem, type GraphColumnsView } from './schema.ts';

const MAGIC = 0x3142474b; // 'KGB1' little-endian
export const GRAPH_BINARY_VERSION = 1;
const HEADER_BYTES = 32;

/**
 * The media type of the answer: a type of its own, which @fastify/compress leaves uncompressed (it would
 * gzip `application/octet-stream`, which mime-db calls compressible; measured in bench:viz: on loopback the
 * gzipped binary answer came later than the raw one).
 */
export const GRAPH_BINARY_TYPE = 'application/vnd.kg.graph-columns';

/** The answer is not a graph in this binary form (wrong magic or version, truncated, inconsistent). */
export class GraphBinaryError extends Error {
  override readonly name = 'GraphBinaryError';
  readonly code = 'BAD_GRAPH_BINARY';
}

/** Element kinds of a section. */
const KIND = { int8: 1, int16: 2, int32: 3, float64: 4, strings: 5 } as const;
type Kind = (typeof KIND)[keyof typeof KIND];
const WIDTH: Record<number, number> = { 1: 1, 2: 2, 3: 4, 4: 8 };

/** What a section holds: `ints` (int8/16/32), `numbers` (any numeric kind) or `strings`. */
type Family = 'ints' | 'numbers' | 'strings';
type NumberColumn = ArrayLike<number>;
type Columns = GraphColumnsView;

/** The sections in order: where each lives in `GraphColumns` and what it must hold. */
const SECTIONS: [Family, (g: Columns) => ArrayLike<unknown>, (g: Columns, v: ArrayLike<unknown>) => void][] =
  [
    ['strings', (g) => g.strings, (g, v) => (g.strings = v as string[])],
    ['ints', (g) => labelOffsets(g.labelSets), (g, v) => (g.labelSets = v as never)], // offsets, then values
    [
      'ints',
      (g) => g.labelSets.flat(),
      (g, v) => (g.labelSets = splitSets(g.labelSets as never, v as NumberColumn)),
    ],
    ['strings', (g) => g.nodes.id, (g, v) => (g.nodes.id = v as string[])],
    ['strings', (g) => g.nodes.name, (g, v) => (g.nodes.name = v as string[])],
    ['ints', (g) => g.nodes.type, (g, v) => (g.nodes.type = v as NumberColumn)],
    ['ints', (g) => g.nodes.labels, (g, v) => (g.nodes.labels = v as NumberColumn)],
    ['ints', (g) => g.nodes.kind, (g, v) => (g.nodes.kind = v as NumberColumn)],
    ['ints', (g) => g.nodes.date, (g, v) => (g.nodes.date = v as NumberColumn)],
    ['numbers', (g) => g.nodes.mentions, (g, v) => (g.nodes.mentions = v as NumberColumn)],
    ['numbers', (g) => g.nodes.degree, (g, v) => (g.nodes.degree = v as NumberColumn)],
    ['ints', (g) => g.nodes.aliasOffsets, (g, v) => (g.nodes.aliasOffsets = v as NumberColumn)],
    ['strings', (g) => g.nodes.aliases, (g, v) => (g.nodes.aliases = v as string[])],
    ['ints', (g) => g.nodes.documentOffsets, (g, v) => (g.nodes.documentOffsets = v as NumberColumn)],
    ['ints', (g) => g.nodes.documents, (g, v) => (g.nodes.documents = v as NumberColumn)],
    ['strings', (g) => g.edges.id, (g, v) => (g.edges.id = v as string[])],
    ['ints', (g) => g.edges.source, (g, v) => (g.edges.source = v as NumberColumn)],
    ['ints', (g) => g.edges.target, (g, v) => (g.edges.target = v as NumberColumn)],
    ['ints', (g) => g.edges.type, (g, v) => (g.edges.type = v as NumberColumn)],
    ['ints', (g) => g.edges.role, (g, v) => (g.edges.role = v as NumberColumn)],
    ['numbers', (g) => g.edges.confidence, (g, v) => (g.edges.confidence = v as NumberColumn)],
    ['numbers', (g) => g.edges.evidenceCount, (g, v) => (g.edges.evidenceCount = v as NumberColumn)],
    ['ints', (g) => g.edges.documentOffsets, (g, v) => (g.edges.documentOffsets = v as NumberColumn)],
    ['ints', (g) => g.edges.documents, (g, v) => (g.edges.documents = v as NumberColumn)],
  ];

function labelOffsets(sets: number[][]): number[] {
  const offsets = [0];
  for (const set of sets) offsets.push(offsets[offsets.length - 1]! + set.length);
  return offsets;
}

/** `offsets` (decoded first, parked in `labelSets`) and the flat `values` back into label sets. */
function splitSets(offsets: NumberColumn, values: NumberColumn): number[][] {
  const sets: number[][] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    if (!(offsets[i]! <= offsets[i + 1]! && offsets[i + 1]! <= values.length))
      throw new GraphBinaryError('graph binary: label set offsets out of range');
    sets.push(Array.from({ length: offsets[i + 1]! - offsets[i]! }, (_, k) => values[offsets[i]! + k]!));
  }
  return sets;
}

/** The narrowest kind that holds every value of a numeric column exactly. */
function numericKind(values: NumberColumn, family: Family): Kind {
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) {
      if (family === 'ints') throw new GraphBinaryError(`graph binary: ${v} is not a 32-bit integer`);
      return KIND.float64;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min >= -0x80 && max <= 0x7f) return KIND.int8;
  if (min >= -0x8000 && max <= 0x7fff) return KIND.int16;
  return KIND.int32;
}

const align = (n: number) => (n + 7) & ~7;

interface Planned {
  kind: Kind;
  count: number;
  byteLength: number;
  values: ArrayLike<unknown>;
  utf8?: Uint8Array;
  offsets?: Uint32Array;
}

/**
 * @example
 * reply.type(GRAPH_BINARY_TYPE).send(Buffer.from(encodeGraphBinary(toColumns(graph))));
 */
export function encodeGraphBinary(columns: GraphColumnsView): Uint8Array {
  const encoder = new TextEncoder();
  const planned: Planned[] = SECTIONS.map(([family, get]) => {
    const values = get(columns);
    if (family !== 'strings') {
      const kind = numericKind(values as NumberColumn, family);
      return { kind, count: values.length, byteLength: values.length * WIDTH[kind]!, values };
    }
    const offsets = new Uint32Array(values.length + 1);
    let text = '';
    for (let i = 0; i < values.length; i++) {
      text += values[i] as string;
      offsets[i + 1] = text.length;
    }
    const utf8 = encoder.encode(text);
    return {
      kind: KIND.strings,
      count: values.length,
      byteLength: offsets.byteLength + utf8.byteLength,
      values,
      utf8,
      offsets,
    };
  });
  const total = planned.reduce((sum, p) => sum + 16 + align(p.byteLength), HEADER_BYTES);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, GRAPH_BINARY_VERSION, true);
  view.setUint32(8, (columns.truncated ? 1 : 0) | (columns.total ? 2 : 0), true);
  view.setUint32(12, planned.length, true);
  view.setFloat64(16, columns.total?.nodes ?? 0, true);
  view.setFloat64(24, columns.total?.edges ?? 0, true);
  let at = HEADER_BYTES;
  for (const p of planned) {
    view.setUint32(at, p.kind, true);
    view.setUint32(at + 4, p.count, true);
    view.setUint32(at + 8, p.byteLength, true);
    at += 16; // the fourth word keeps the data 8-byte aligned
    if (p.kind === KIND.strings) {
      bytes.set(new Uint8Array(p.offsets!.buffer), at);
      bytes.set(p.utf8!, at + p.offsets!.byteLength);
    } else {
      const Typed = typedArrayOf(p.kind);
      new Typed(bytes.buffer, at, p.count).set(p.values as NumberColumn);
    }
    at += align(p.byteLength);
  }
  return bytes;
}

function typedArrayOf(kind: Kind) {
  if (kind === KIND.int8) return Int8Array;
  if (kind === KIND.int16) return Int16Array;
  if (kind === KIND.int32) return Int32Array;
  return Float64Array;
}

/**
 * The columns of a binary answer, checked like the JSON form (`columnsProblem`); throws `GraphBinaryError`.
 * Numeric columns are typed-array views on `buffer` (no copy), string columns plain arrays.
 * @example
 * const columns = decodeGraphBinary(await response.arrayBuffer());
 */
export function decodeGraphBinary(buffer: ArrayBuffer): GraphColumnsView {
  const fail = (what: string): never => {
    throw new GraphBinaryError(`graph binary: ${what}`);
  };
  if (buffer.byteLength < HEADER_BYTES) fail(`${buffer.byteLength} bytes, shorter than its header`);
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC) fail('not a kg graph (wrong magic number)');
  const version = view.getUint32(4, true);
  if (version !== GRAPH_BINARY_VERSION)
    fail(`version ${version}, this page reads ${GRAPH_BINARY_VERSION} (reload the page)`);
  const flags = view.getUint32(8, true);
  if (view.getUint32(12, true) !== SECTIONS.length) fail(`${view.getUint32(12, true)} sections`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const g = {
    format: 'columns',
    nodes: {},
    edges: {},
    truncated: (flags & 1) === 1,
  } as unknown as GraphColumnsView;
  if (flags & 2) g.total = { nodes: view.getFloat64(16, true), edges: view.getFloat64(24, true) };
  let at = HEADER_BYTES;
  SECTIONS.forEach(([family, , set], index) => {
    if (at + 16 > buffer.byteLength) fail(`section ${index} starts past the end`);
    const kind = view.getUint32(at, true) as Kind;
    const count = view.getUint32(at + 4, true);
    const byteLength = view.getUint32(at + 8, true);
    at += 16;
    if (at + byteLength > buffer.byteLength) fail(`section ${index} runs past the end`);
    if (family === 'strings') {
      if (kind !== KIND.strings) fail(`section ${index} should hold strings`);
      const offsetBytes = (count + 1) * 4;
      if (offsetBytes > byteLength) fail(`section ${index} is shorter than its offsets`);
      const offsets = new Uint32Array(buffer, at, count + 1);
      let text = '';
      try {
        text = decoder.decode(new Uint8Array(buffer, at + offsetBytes, byteLength - offsetBytes));
      } catch {
        fail(`section ${index} is not UTF-8`);
      }
      if (offsets[0] !== 0 || offsets[count] !== text.length)
        fail(`section ${index}: offsets and text differ`);
      const values: string[] = new Array<string>(count);
      for (let i = 0; i < count; i++) {
        if (offsets[i + 1]! < offsets[i]!) fail(`section ${index}: offsets go backwards`);
        values[i] = text.slice(offsets[i], offsets[i + 1]);
      }
      set(g, values);
    } else {
      const width = WIDTH[kind];
      if (width === undefined || kind === KIND.strings) fail(`section ${index} has an unknown kind ${kind}`);
      if (family === 'ints' && kind === KIND.float64) fail(`section ${index} should hold integers`);
      if (count * width! !== byteLength) fail(`section ${index}: ${count} values in ${byteLength} bytes`);
      const values = new (typedArrayOf(kind))(buffer, at, count);
      if (kind === KIND.float64)
        for (const v of values) if (!Number.isFinite(v)) fail(`section ${index}: not finite`);
      set(g, values);
    }
    at += align(byteLength);
  });
  const problem = columnsProblem(g);
  if (problem) fail(problem);
  return g;
}
