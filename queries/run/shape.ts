/**
 * Turns driver records into the plain-JSON rows and the graph part of a QueryResult. Every Node,
 * Relationship and Path found anywhere in a row (lists, maps, paths) joins the graph, keyed by the stable
 * `id` property rather than Neo4j's element ids, and each relationship's evidence is parsed from its
 * `evidence` property. Relationship endpoints not returned by the query are fetched by the runner.
 */
import { isNode, isPath, isRelationship, type Node, type Path, type Relationship } from 'neo4j-driver';
import { ENTITY_TYPES, SOURCE_DOCUMENT_LABEL, type Evidence } from '../../core/model/index.ts';
import { parseEvidence } from '../../graph/schema/index.ts';
import { toNative } from '../../graph/connection/index.ts';
import type { ResultNode, ResultRelationship } from './result.ts';

/** Properties left out of the graph part: a source document's full text would swell every answer. */
const HEAVY = new Set(['text']);

export interface ShapedPath {
  start: string;
  end: string;
  length: number;
  nodes: string[];
  relationships: string[];
}

/** Accumulates the graph part of one result while rows are shaped. */
export class GraphCollector {
  private readonly nodes = new Map<string, ResultNode>();
  private readonly rels = new Map<string, Relationship>();

  /** Registers every graph value inside `value` (first pass, before shaping). */
  collect(value: unknown): void {
    if (isNode(value)) this.addNode(value as Node);
    else if (isRelationship(value)) this.rels.set(value.elementId, value as Relationship);
    else if (isPath(value)) {
      const path = value as Path;
      this.addNode(path.start);
      for (const seg of path.segments) {
        this.addNode(seg.end);
        this.rels.set(seg.relationship.elementId, seg.relationship);
      }
    } else if (Array.isArray(value)) value.forEach((v) => this.collect(v));
    else if (isPlainObject(value)) Object.values(value).forEach((v) => this.collect(v));
  }

  addNode(node: Node): void {
    if (this.nodes.has(node.elementId)) return;
    this.nodes.set(node.elementId, shapeNode(node));
  }

  /** Element ids of relationship endpoints that no row returned. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      if (!this.nodes.has(r.startNodeElementId)) missing.add(r.startNodeElementId);
      if (!this.nodes.has(r.endNodeElementId)) missing.add(r.endNodeElementId);
    }
    return [...missing];
  }

  /** Second pass: the row value with graph values replaced by their shaped form. */
  shape(value: unknown): unknown {
    if (isNode(value)) return this.nodes.get(value.elementId);
    if (isRelationship(value)) return this.shapeRel(value as Relationship);
    if (isPath(value)) {
      const path = value as Path;
      const nodes = [path.start, ...path.segments.map((s) => s.end)].map((n) => this.idOf(n.elementId));
      return {
        start: this.idOf(path.start.elementId),
        end: this.idOf(path.end.elementId),
        length: path.length,
        nodes,
        relationships: path.segments.map((s) => this.shapeRel(s.relationship).id),
      } satisfies ShapedPath;
    }
    if (Array.isArray(value)) return value.map((v) => this.shape(v));
    if (isPlainObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.shape(v)]));
    }
    return toNative(value);
  }

  graph(): { nodes: ResultNode[]; relationships: ResultRelationship[] } {
    return {
      nodes: [...this.nodes.values()],
      relationships: [...this.rels.values()].map((r) => this.shapeRel(r)),
    };
  }

  private idOf(elementId: string): string {
    return this.nodes.get(elementId)?.id ?? elementId;
  }

  private shapeRel(r: Relationship): ResultRelationship {
    const { evidence, ...rest } = r.properties as Record<string, unknown>;
    const properties = toNative(rest) as Record<string, unknown>;
    return {
      id: typeof properties.id === 'string' ? properties.id : r.elementId,
      type: r.type,
      source: this.idOf(r.startNodeElementId),
      target: this.idOf(r.endNodeElementId),
      properties,
      evidence: evidenceOf(evidence),
    };
  }
}

/** A node as the result shows it: stable id, labels, type, name and its (light) properties. */
export function shapeNode(node: Node): ResultNode {
  const all = toNative(node.properties) as Record<string, unknown>;
  const properties = Object.fromEntries(Object.entries(all).filter(([k]) => !HEAVY.has(k)));
  const id = typeof all.id === 'string' ? all.id : node.elementId;
  const labels = [...node.labels];
  const type = labels.includes(SOURCE_DOCUMENT_LABEL)
    ? SOURCE_DOCUMENT_LABEL
    : (ENTITY_TYPES.find((t) => labels.includes(t)) ?? labels[0] ?? 'Node');
  const name = [all.name, all.title, id].find((v): v is string => typeof v === 'string' && v !== '') ?? id;
  return { id, labels, type, name, properties };
}

/** The relationship's evidence; [] when absent or unreadable (a user query must still answer). */
function evidenceOf(raw: unknown): Evidence[] {
  try {
    return parseEvidence(raw);
  } catch {
    return [];
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
