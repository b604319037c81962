/**
 * The viewer API against the real Neo4j loaded with the bundled corpus: every endpoint answers with real
 * data that the shared schemas accept, bad input gets 4xx with a code, and user Cypher cannot write.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../../../viz/api/client.ts';
import { fromColumns } from '../../../../viz/api/graph-columns.ts';
import { GRAPH_BINARY_TYPE } from '../../../../viz/api/graph-binary.ts';
import { COMPRESS_THRESHOLD } from '../../../../viz/server/compression.ts';
import { ApiError, type GraphNode } from '../../../../viz/api/schema.ts';
import { startTestViewer, type TestViewer } from '../../../support/viewer.ts';

let viewer: TestViewer;
let boards: string;
let pegasus: GraphNode;

async function raw(
  pathAndQuery: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(viewer.origin + pathAndQuery, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (HTML page)
  }
  return { status: response.status, body, headers: response.headers };
}

function errorOf(body: unknown): { code: string; message: string } {
  const parsed = ApiError.parse(body);
  // No stack traces or internals leak: only code, message (and position for syntax errors).
  expect(Object.keys(parsed.error).every((k) => ['code', 'message', 'position'].includes(k))).toBe(true);
  expect(parsed.error.message).not.toMatch(/\n\s+at /);
  return parsed.error;
}

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

beforeAll(async () => {
  boards = await mkdtemp(path.join(tmpdir(), 'kg-viewer-boards-'));
  viewer = await startTestViewer({ storyboardsDir: boards });
  const { results } = await viewer.api.search({ q: 'Pegasus' });
  const hit = results.find((r) => r.name === 'Pegasus');
  expect(hit).toBeDefined();
  pegasus = (await viewer.api.entity(hit!.id)).node;
});

afterAll(async () => {
  await viewer?.close();
  await rm(boards, { recursive: true, force: true });
});

describe('server basics', () => {
  it('binds 127.0.0.1 by default', () => {
    expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('sends a strict Content-Security-Policy on the page and the API', async () => {
    for (const url of ['/', '/api/health']) {
      const { headers } = await raw(url);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses requests naming another host (DNS rebinding)', async () => {
    // fetch() may not set Host, so use node:http.
    const { status, body } = await new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const req = request(viewer.origin + '/api/health', { headers: { host: 'evil.example' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    expect(errorOf(body).code).toBe('HOST_NOT_ALLOWED');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const { status, body } = await raw('/api/nothing-here');
    expect(status).toBe(404);
    expect(errorOf(body).code).toBe('ROUTE_NOT_FOUND');
  });

  it('reports health with counts from the database', async () => {
    const health = await viewer.api.health();
    expect(health.ok).toBe(true);
    expect(health.neo4j.connected).toBe(true);
    expect(health.counts?.documents).toBe(5);
    expect(health.counts?.byType.Technology).toBeGreaterThanOrEqual(1);
  });
});

describe('graph', () => {
  it('returns nodes and edges whose ends are all in the graph', async () => {
    const graph = await viewer.api.graph();
    expect(graph.nodes.length).toBeGreaterThan(30);
    expect(graph.edges.length).toBeGreaterThan(20);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.type).not.toBe('MENTIONS');
      expect(e.evidenceCount).toBeGreaterThanOrEqual(1);
      expect(e.documents.length).toBeGreaterThanOrEqual(1);
    }
    expect(graph.nodes.some((n) => n.id === pegasus.id)).toBe(true);
  });

  it('windows a big graph to the top nodes by degree and says it is truncated', async () => {
    const all = await viewer.api.graph();
    const top = await viewer.api.graph({ limit: 5 });
    expect(top.nodes).toHaveLength(5);
    expect(top.truncated).toBe(true);
    expect(top.total?.nodes).toBe(all.nodes.length);
    const fifth = [...all.nodes].sort((a, b) => b.degree - a.degree)[4]!.degree;
    expect(Math.min(...top.nodes.map((n) => n.degree))).toBe(fifth);
  });

  it('filters by type and relationship type', async () => {
    const people = await viewer.api.graph({ types: ['Person', 'Organization'], relTypes: ['WORKS_FOR'] });
    expect(people.nodes.every((n) => n.type === 'Person' || n.type === 'Organization')).toBe(true);
    expect(people.edges.length).toBeGreaterThan(0);
    expect(people.edges.every((e) => e.type === 'WORKS_FOR')).toBe(true);
  });

  it('answers the same window in columns when asked (format=columns)', async () => {
    const objects = await viewer.api.graph({ limit: 40 });
    const columns = await viewer.api.graphColumns({ limit: 40 });
    expect(columns.format).toBe('columns');
    expect(fromColumns(columns)).toEqual(objects);
  });

  it('answers the same window in binary columns (format=binary), not compressed', async () => {
    const columns = await viewer.api.graphColumns({ limit: 40 });
    const binary = await viewer.api.graphBinary({ limit: 40 });
    const plain = (v: ArrayLike<unknown>) => Array.from(v);
    expect(binary.strings).toEqual(columns.strings);
    expect(binary.nodes.id).toEqual(columns.nodes.id);
    for (const key of ['type', 'degree', 'documents', 'documentOffsets'] as const) {
      expect(plain(binary.nodes[key])).toEqual(columns.nodes[key]);
    }
    for (const key of ['source', 'target', 'confidence', 'evidenceCount'] as const) {
      expect(plain(binary.edges[key])).toEqual(columns.edges[key]);
    }
    const response = await fetch(viewer.origin + '/api/graph?format=binary', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.headers.get('content-type')).toBe(GRAPH_BINARY_TYPE);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(COMPRESS_THRESHOLD);
  });

  it('compresses big answers with gzip and leaves small ones alone', async () => {
    const big = await new Promise<{ encoding: string | undefined; bytes: number }>((resolve, reject) => {
      const req = request(viewer.origin + '/api/graph?format=columns', {
        headers: { 'accept-encoding': 'gzip, deflate, br' },
      });
      req.on('response', (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes }));
      });
      req.on('error', reject);
      req.end();
    });
    const plain = JSON.stringify(await viewer.api.graphColumns());
    expect(plain.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    expect(big.encoding).toBe('gzip');
    expect(big.bytes).toBeLessThan(plain.length / 2);
    const small = await fetch(viewer.origin + '/api/graph?limit=1', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('refuses bad query strings with 400', async () => {
    for (const q of ['limit=abc', 'limit=0', 'types=Robot', 'relTypes=KNOWS', 'format=csv']) {
      const { status, body } = await raw(`/api/graph?${q}`);
      expect(status, q).toBe(400);
      expect(errorOf(body).code).toBe('INVALID_REQUEST');
    }
  });
});

describe('search', () => {
  it('finds the Pegasus technology by name and by prefix', async () => {
    expect(pegasus.type).toBe('Technology');
    const prefix = await viewer.api.search({ q: 'pegas' });
    expect(prefix.results.map((r) => r.id)).toContain(pegasus.id);
  });

  it('finds entities by alias and ignores Lucene syntax in user input', async () => {
    const { results } = await viewer.api.search({ q: 'IMCO' });
    expect(results[0]?.name).toMatch(/Instituto Mexicano para la Competitividad/);
    expect(results[0]?.matched).toBe('IMCO');
    for (const q of ['Pegasus"', '(NSO', 'a:b', '*', 'R3D] OR [', '\\']) {
      const { status } = await raw(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
  });

  it('falls back to a substring match (accents, mid-word)', async () => {
    const { results } = await viewer.api.search({ q: 'ardin' });
    expect(results.some((r) => /Pardin/.test(r.name))).toBe(true);
  });

  it('refuses an empty query', async () => {
    const { status } = await raw('/api/search?q=%20');
    expect(status).toBe(400);
  });
});

describe('entities and relations', () => {
  it('details an entity with relationships, evidence quoting the corpus, and documents', async () => {
    const details = await viewer.api.entity(pegasus.id);
    expect(details.type).toBe('Technology');
    expect(details.relationships.length).toBeGreaterThan(0);
    expect(details.evidence.length).toBeGreaterThan(0);
    expect(details.documents.length).toBeGreaterThan(0);
    const quote = details.evidence[0]!;
    const doc = await viewer.api.document(quote.document.id);
    expect(quote.document.title).toBe(doc.title);
    expect(doc.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(details.evidence.some((e) => /Pegasus/.test(e.text))).toBe(true);
  });

  it('details a relation with both ends and its evidence', async () => {
    const details = await viewer.api.entity(pegasus.id);
    const item = details.relationships[0]!.items[0]!;
    const relation = await viewer.api.relation(item.edge.id);
    expect(relation.edge.id).toBe(item.edge.id);
    expect([relation.source.id, relation.target.id]).toContain(pegasus.id);
    expect(relation.evidence.length).toBe(relation.edge.evidenceCount);
    const doc = await viewer.api.document(relation.evidence[0]!.document.id);
    expect(doc.text.slice(relation.evidence[0]!.start, relation.evidence[0]!.end)).toBe(
      relation.evidence[0]!.text,
    );
  });

  it('answers 404 for unknown ids', async () => {
    for (const url of [
      '/api/entities/org%3Ano-such-thing',
      '/api/relations/rel%3Anope',
      '/api/documents/doc%3Anope',
    ]) {
      const { status, body } = await raw(url);
      expect(status, url).toBe(404);
      expect(errorOf(body).code).toMatch(/NOT_FOUND$/);
    }
  });
});

describe('neighbours and paths', () => {
  it('returns the ego network, growing with hops', async () => {
    const one = await viewer.api.neighbors(pegasus.id, { hops: 1 });
    const two = await viewer.api.neighbors(pegasus.id, { hops: 2 });
    expect(one.nodes.map((n) => n.id)).toContain(pegasus.id);
    expect(one.nodes.length).toBeGreaterThan(1);
    expect(two.nodes.length).toBeGreaterThanOrEqual(one.nodes.length);
    const direct = new Set(one.nodes.map((n) => n.id));
    for (const e of one.edges) expect(direct.has(e.source) && direct.has(e.target)).toBe(true);
  });

  it('refuses hops outside 1..3', async () => {
    expect((await raw(`/api/neighbors/${encodeURIComponent(pegasus.id)}?hops=4`)).status).toBe(400);
  });

  it('finds a shortest path between two entities two steps apart', async () => {
    const one = new Set((await viewer.api.neighbors(pegasus.id, { hops: 1 })).nodes.map((n) => n.id));
    const two = await viewer.api.neighbors(pegasus.id, { hops: 2 });
    const far = two.nodes.find((n) => !one.has(n.id) && n.type !== 'SourceDocument');
    expect(far).toBeDefined();
    const path = await viewer.api.path({ from: pegasus.id, to: far!.id });
    expect(path.path.nodes[0]).toBe(pegasus.id);
    expect(path.path.nodes.at(-1)).toBe(far!.id);
    expect(path.path.edges).toHaveLength(2);
    expect(path.edges).toHaveLength(2);
  });

  it('answers 404 NO_PATH when there is none', async () => {
    const one = new Set((await viewer.api.neighbors(pegasus.id, { hops: 1 })).nodes.map((n) => n.id));
    const two = await viewer.api.neighbors(pegasus.id, { hops: 2 });
    const far = two.nodes.find((n) => !one.has(n.id) && n.type !== 'SourceDocument')!;
    const error = await viewer.api
      .path({ from: pegasus.id, to: far.id, maxHops: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 404, code: 'NO_PATH' });
  });
});

describe('documents', () => {
  it('lists the five corpus documents', async () => {
    const { documents } = await viewer.api.documents();
    expect(documents).toHaveLength(5);
    expect(documents.every((d) => d.entities > 0 && d.title !== '')).toBe(true);
  });

  it('gives each document its text with mentions whose offsets slice correctly', async () => {
    const { documents } = await viewer.api.documents();
    for (const summary of documents) {
      const doc = await viewer.api.document(summary.id);
      expect(doc.text.length).toBeGreaterThan(500);
      expect(doc.mentions.length).toBeGreaterThan(0);
      for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    }
    const withPegasus = await Promise.all(documents.map((d) => viewer.api.document(d.id)));
    expect(withPegasus.some((d) => d.mentions.some((m) => m.entity === pegasus.id))).toBe(true);
  });
});

describe('saved queries and Cypher', () => {
  it('lists the saved-query library with parameters', async () => {
    const { queries } = await viewer.api.queries();
    expect(queries.length).toBeGreaterThanOrEqual(15);
    const hood = queries.find((q) => q.name === 'neighbourhood');
    expect(hood?.params.map((p) => p.name)).toEqual(expect.arrayContaining(['entity', 'hops']));
  });

  it('runs a saved query with a parameter and returns its graph', async () => {
    const result = await viewer.api.runQuery('neighbourhood', { entity: 'Pegasus', hops: 1 });
    expect(result.view).toBe('graph');
    expect(result.graph.nodes.map((n) => n.id)).toContain(pegasus.id);
    expect(result.graph.edges.length).toBeGreaterThan(0);
    const ids = new Set(result.graph.nodes.map((n) => n.id));
    for (const e of result.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('refuses a wrong parameter type with 400 and an unknown query with 404', async () => {
    const bad = await raw(
      '/api/queries/neighbourhood/run',
      post({ params: { entity: 'Pegasus', hops: 'lots' } }),
    );
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).code).toBe('PARAM_INVALID');
    const unknown = await raw('/api/queries/no-such-query/run', post({ params: {} }));
    expect(unknown.status).toBe(404);
  });

  it('runs read-only Cypher with parameters', async () => {
    const result = await viewer.api.cypher({
      cypher: 'MATCH (t:Technology) WHERE t.name = $name RETURN t',
      params: { name: 'Pegasus' },
    });
    expect(result.rows).toHaveLength(1);
    expect(result.graph.nodes[0]?.id).toBe(pegasus.id);
  });

  it('refuses writes with 422 QUERY_NOT_READ_ONLY and changes nothing', async () => {
    for (const cypher of [
      "CREATE (:Entity:Person {id: 'person:intruder', name: 'Intruder'})",
      "MERGE (x:Entity:Technology {id: 'tech:intruder', name: 'Intruder'}) RETURN x",
      `MATCH (t:Technology {id: '${pegasus.id}'}) SET t.name = 'hacked' RETURN t`,
      `MATCH (t:Technology {id: '${pegasus.id}'}) DETACH DELETE t`,
    ]) {
      const { status, body } = await raw('/api/cypher', post({ cypher }));
      expect(status, cypher).toBe(422);
      expect(errorOf(body).code).toBe('QUERY_NOT_READ_ONLY');
    }
    // Checked on the very nodes the writes aimed at (other test files may reload the shared database).
    const left = await viewer.api.cypher({
      cypher: 'MATCH (n:Entity) WHERE n.id IN $ids OR n.name IN $names RETURN n.id AS id, n.name AS name',
      params: { ids: ['person:intruder', 'tech:intruder', pegasus.id], names: ['Intruder', 'hacked'] },
    });
    expect(left.rows).toEqual([{ id: pegasus.id, name: 'Pegasus' }]);
  });

  it('reports a syntax error with 400 and its position', async () => {
    const { status, body } = await raw('/api/cypher', post({ cypher: 'MATCH (n RETURN n' }));
    expect(status).toBe(400);
    const error = errorOf(body);
    expect(error.code).toBe('QUERY_SYNTAX');
    expect(ApiError.parse(body).error.position).toMatchObject({ line: 1 });
  });

  it('validates request bodies', async () => {
    for (const body of [
      {},
      { cypher: '' },
      { cypher: 42 },
      { cypher: 'RETURN 1', params: { 'bad name': 1 } },
    ]) {
      const response = await raw('/api/cypher', post(body));
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const malformed = await raw('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(malformed.status).toBe(400);
    const huge = await raw(
      '/api/cypher',
      post({ cypher: 'RETURN 1', params: { x: 'x'.repeat(2 * 1024 * 1024) } }),
    );
    expect(huge.status).toBe(413);
  });
});

describe('storyboards', () => {
  const board = {
    title: 'Test story',
    steps: [
      {
        title: 'Pegasus',
        caption: 'Spyware and its targets.',
        sources: ['doc:x'],
        camera: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
      },
    ],
  };

  it('saves, lists and reads a storyboard', async () => {
    const saved = await viewer.api.saveStoryboard('test-story', board);
    expect(saved.name).toBe('test-story');
    expect((await viewer.api.storyboards()).storyboards).toEqual([
      { name: 'test-story', title: 'Test story', steps: 1 },
    ]);
    expect((await viewer.api.storyboard('test-story')).steps[0]?.camera).toEqual(board.steps[0]!.camera);
    expect(await readdir(boards)).toEqual(['test-story.json']);
  });

  it('refuses names that are paths, and a body naming another storyboard', async () => {
    for (const name of ['..%2Fx', '..%2F..%2Fetc%2Fpasswd', 'UPPER', 'a.json']) {
      const { status } = await raw(`/api/storyboards/${name}`, { ...post(board), method: 'PUT' });
      expect(status, name).toBe(400);
    }
    const mismatch = await raw('/api/storyboards/one', { ...post({ ...board, name: 'two' }), method: 'PUT' });
    expect(mismatch.status).toBe(400);
    const empty = await raw('/api/storyboards/empty', { ...post({ ...board, steps: [] }), method: 'PUT' });
    expect(empty.status).toBe(400);
    expect(await readdir(boards)).toEqual(['test-story.json']);
  });

  it('answers 404 for a missing storyboard', async () => {
    expect((await raw('/api/storyboards/missing')).status).toBe(404);
  });
});
