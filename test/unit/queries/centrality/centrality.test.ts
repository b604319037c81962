// Centrality on small graphs whose answers are known by hand: a star's hub, a path's middle, parallel edges.
import { describe, expect, it } from 'vitest';
import { centralityOf, computeCentrality, QueryResult } from '../../../../queries/index.ts';

const node = (id: string, type = 'Person') => ({
  id,
  labels: ['Entity', type],
  type,
  name: id.toUpperCase(),
  properties: {},
});
const rel = (id: string, source: string, target: string) => ({
  id,
  type: 'X',
  source,
  target,
  properties: {},
  evidence: [],
});

function result(nodes: ReturnType<typeof node>[], relationships: ReturnType<typeof rel>[]): QueryResult {
  return QueryResult.parse({
    columns: [],
    rows: [],
    graph: { nodes, relationships },
    truncated: false,
    elapsedMs: 0,
    view: 'table',
  });
}

describe('centrality', () => {
  it('gives a path its middle node all the betweenness, parallel edges counted once', () => {
    const g = result(
      [node('a'), node('b'), node('c')],
      [rel('1', 'a', 'b'), rel('2', 'b', 'a'), rel('3', 'b', 'c')],
    );
    const s = centralityOf(g.graph);
    expect(s.get('b')).toEqual({ degree: 2, betweenness: 1 });
    expect(s.get('a')).toEqual({ degree: 1, betweenness: 0 });
  });

  it('ranks actors only, by betweenness then degree, up to the limit', () => {
    const g = result(
      [node('hub', 'Organization'), node('x'), node('y'), node('z'), node('doc', 'SourceDocument')],
      [rel('1', 'hub', 'x'), rel('2', 'hub', 'y'), rel('3', 'hub', 'z'), rel('4', 'doc', 'x')],
    );
    const out = computeCentrality(g, { limit: 2 });
    expect(out.columns).toEqual(['name', 'type', 'degree', 'betweenness', 'id']);
    expect(out.rows.map((r) => r.id)).toEqual(['hub', 'x']);
    expect(out.rows[0]).toMatchObject({ degree: 3, type: 'Organization' });
    expect(out.graph.nodes.find((n) => n.id === 'doc')?.properties).toMatchObject({ degree: 1 });
  });
});
