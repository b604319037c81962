/**
 * The ONE place Neo4j values become plain JSON-friendly JS values: Integers to numbers (strings when
 * beyond ±2^53), temporal values to ISO-8601 strings, points to {srid,x,y[,z]}, nodes/relationships/paths
 * to plain objects, records to objects — recursively through lists and maps.
 */
import neo4j, { Record as Neo4jRecord } from 'neo4j-driver';

export type Native = null | boolean | number | string | Native[] | { [key: string]: Native };

export interface NativeNode {
  elementId: string;
  labels: string[];
  properties: Record<string, Native>;
}

export interface NativeRelationship {
  elementId: string;
  type: string;
  /** Absent for a relationship that arrived unbound (inside a path the ends are known from the path). */
  startNodeElementId?: string;
  endNodeElementId?: string;
  properties: Record<string, Native>;
}

/** A path as its nodes in order and the relationships between consecutive nodes. */
export interface NativePath {
  nodes: NativeNode[];
  relationships: NativeRelationship[];
}

function properties(props: object): Record<string, Native> {
  const out: Record<string, Native> = {};
  for (const [key, value] of Object.entries(props)) out[key] = toNative(value);
  return out;
}

function node(n: { elementId: string; labels: string[]; properties: object }): NativeNode {
  return { elementId: n.elementId, labels: [...n.labels], properties: properties(n.properties) };
}

function relationship(r: {
  elementId: string;
  type: string;
  properties: object;
  startNodeElementId?: string;
  endNodeElementId?: string;
}): NativeRelationship {
  const out: NativeRelationship = {
    elementId: r.elementId,
    type: r.type,
    properties: properties(r.properties),
  };
  if (r.startNodeElementId !== undefined) out.startNodeElementId = r.startNodeElementId;
  if (r.endNodeElementId !== undefined) out.endNodeElementId = r.endNodeElementId;
  return out;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * @example
 * toNative(neo4j.int(42))                  // 42
 * toNative(neo4j.int('9007199254740993'))  // '9007199254740993'
 * toNative(new neo4j.types.Date(2024, 5, 1)) // '2024-05-01'
 */
export function toNative(value: unknown): Native {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const point: { [key: string]: Native } = { srid: toNative(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (neo4j.isNode(value)) return node(value) as unknown as Native;
  if (neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value)) {
    return relationship(value) as unknown as Native;
  }
  if (neo4j.isPath(value)) {
    const path: NativePath = {
      nodes: [node(value.start), ...value.segments.map((s) => node(s.end))],
      relationships: value.segments.map((s) => relationship(s.relationship)),
    };
    return path as unknown as Native;
  }
  if (value instanceof Neo4jRecord) return properties(value.toObject());
  if (Array.isArray(value)) return value.map((item) => toNative(item));
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') return properties(value);
  return String(value);
}
