import { describe, expect, it } from 'vitest';
import { GraphEdge, GraphNode, GraphQuery } from '../../../../viz/api/schema.ts';
import { toGraphEdge, toGraphNode, typeOf } from '../../../../viz/server/read/shape.ts';

describe('toGraphNode', () => {
  it('shapes an entity row into a valid GraphNode', () => {
    const node = toGraphNode({
      id: 'tech:pegasus',
      name: 'Pegasus',
      aliases: ['Pegasus malware'],
      labels: ['Entity', 'Technology'],
      mentions: 7,
      degree: 3,
      documents: ['doc:a', 'doc:a', 'doc:b'],
    });
    expect(GraphNode.parse(node)).toEqual(node);
    expect(node).toMatchObject({ type: 'Technology', documents: ['doc:a', 'doc:b'] });
  });
  it('names a source document by its title and backs it by itself', () => {
    const node = toGraphNode({
      id: 'doc:a',
      title: 'A letter',
      labels: ['SourceDocument', 'Document'],
      kind: 'letter',
    });
    expect(node).toMatchObject({
      type: 'SourceDocument',
      name: 'A letter',
      documents: ['doc:a'],
      kind: 'letter',
    });
  });
});

describe('typeOf', () => {
  it('prefers SourceDocument, then the entity type', () => {
    expect(typeOf(['SourceDocument', 'Document'])).toBe('SourceDocument');
    expect(typeOf(['Entity', 'Document'])).toBe('Document');
    expect(typeOf(['Other'])).toBe('Other');
  });
});

describe('toGraphEdge', () => {
  it('keeps evidence figures of an entity relationship', () => {
    const edge = toGraphEdge({
      id: 'rel:1',
      type: 'DEVELOPED',
      source: 'org:nso',
      target: 'tech:pegasus',
      documents: ['doc:a', 'doc:b'],
      confidence: 0.8,
      evidenceCount: 3,
      role: null,
    });
    expect(GraphEdge.parse(edge)).toEqual(edge);
    expect(edge).toEqual({
      id: 'rel:1',
      type: 'DEVELOPED',
      source: 'org:nso',
      target: 'tech:pegasus',
      documents: ['doc:a', 'doc:b'],
      confidence: 0.8,
      evidenceCount: 3,
    });
  });
  it('backs a MENTIONS edge by its source document', () => {
    expect(
      toGraphEdge({ id: 'm:1', type: 'MENTIONS', source: 'doc:a', target: 'tech:pegasus', count: 4 }),
    ).toMatchObject({
      documents: ['doc:a'],
      evidenceCount: 4,
    });
  });
});

describe('GraphQuery', () => {
  it('reads lists given comma-separated or repeated', () => {
    expect(GraphQuery.parse({ types: 'Person,Place', relTypes: ['SIGNED', 'WORKS_FOR'] })).toMatchObject({
      types: ['Person', 'Place'],
      relTypes: ['SIGNED', 'WORKS_FOR'],
      limit: 2000,
    });
  });
  it('refuses a type outside the vocabulary', () => {
    expect(GraphQuery.safeParse({ types: 'Person,Robot' }).success).toBe(false);
    expect(GraphQuery.safeParse({ relTypes: 'KNOWS' }).success).toBe(false);
  });
});
