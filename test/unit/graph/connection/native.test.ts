// toNative: the one conversion of driver values to plain JS, table-driven over each value kind.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNative } from '../../../../graph/connection/index.ts';

const {
  Date: N4jDate,
  DateTime,
  LocalDateTime,
  LocalTime,
  Time,
  Duration,
  Point,
  Node,
  Relationship,
  Path,
  PathSegment,
} = neo4j.types;

const alice = new Node(
  neo4j.int(1),
  ['Person', 'Entity'],
  { name: 'Alice', born: new N4jDate(1970, 1, 2) },
  'e:1',
);
const acme = new Node(neo4j.int(2), ['Organization'], { name: 'Acme', staff: neo4j.int(12) }, 'e:2');
const works = new Relationship(
  neo4j.int(7),
  neo4j.int(1),
  neo4j.int(2),
  'WORKS_FOR',
  { since: neo4j.int(2001) },
  'r:7',
  'e:1',
  'e:2',
);

describe('toNative', () => {
  it.each([
    ['null', null, null],
    ['undefined', undefined, null],
    ['boolean', true, true],
    ['string', 'x', 'x'],
    ['float', 2.5, 2.5],
    ['NaN as a string', Number.NaN, 'NaN'],
    ['safe Integer', neo4j.int(42), 42],
    ['negative Integer', neo4j.int(-7), -7],
    ['Integer beyond 2^53 as a string', neo4j.int('9007199254740993'), '9007199254740993'],
    ['safe bigint', 5n, 5],
    ['large bigint', 2n ** 64n, '18446744073709551616'],
    ['Date', new N4jDate(2024, 5, 1), '2024-05-01'],
    ['DateTime with offset', new DateTime(2024, 5, 1, 10, 20, 30, 0, 7200), '2024-05-01T10:20:30+02:00'],
    ['LocalDateTime', new LocalDateTime(2024, 5, 1, 10, 20, 30, 0), '2024-05-01T10:20:30'],
    ['LocalTime', new LocalTime(9, 5, 0, 0), '09:05:00'],
    ['Time', new Time(9, 5, 0, 0, 0), '09:05:00Z'],
    ['Duration', new Duration(0, 1, 7200, 0), 'P1DT2H'],
    ['2D point', new Point(neo4j.int(7203), 1.5, 2), { srid: 7203, x: 1.5, y: 2 }],
    ['3D point', new Point(4979, 1, 2, 3), { srid: 4979, x: 1, y: 2, z: 3 }],
    ['bytes as base64', new Uint8Array([1, 2, 3]), 'AQID'],
  ])('converts %s', (_name, input, expected) => {
    expect(toNative(input)).toEqual(expected);
  });

  it('converts a node, keeping elementId and labels, converting properties', () => {
    expect(toNative(alice)).toEqual({
      elementId: 'e:1',
      labels: ['Person', 'Entity'],
      properties: { name: 'Alice', born: '1970-01-02' },
    });
  });

  it('converts a relationship with its end elementIds', () => {
    expect(toNative(works)).toEqual({
      elementId: 'r:7',
      type: 'WORKS_FOR',
      startNodeElementId: 'e:1',
      endNodeElementId: 'e:2',
      properties: { since: 2001 },
    });
  });

  it('converts a path to its nodes in order and its relationships', () => {
    const path = new Path(alice, acme, [new PathSegment(alice, works, acme)]);
    const out = toNative(path) as { nodes: { elementId: string }[]; relationships: { type: string }[] };
    expect(out.nodes.map((n) => n.elementId)).toEqual(['e:1', 'e:2']);
    expect(out.relationships.map((r) => r.type)).toEqual(['WORKS_FOR']);
  });

  it('recurses through lists, maps and records', () => {
    const record = new neo4j.Record(['n', 'xs'], [alice, [neo4j.int(1), { d: new N4jDate(2020, 1, 1) }]]);
    expect(toNative(record)).toEqual({
      n: {
        elementId: 'e:1',
        labels: ['Person', 'Entity'],
        properties: { name: 'Alice', born: '1970-01-02' },
      },
      xs: [1, { d: '2020-01-01' }],
    });
  });
});
