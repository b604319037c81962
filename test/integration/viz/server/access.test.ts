/**
 * Who can reach the viewer: loopback only by default, a token required for any other host (the server
 * refuses to start without one), bearer or cookie checks on every API request, and the one-time `?token=`
 * link that sets an HttpOnly SameSite=Strict cookie. Also the clear 503 when the page is not built.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../core/log.ts';
import { openDriver, type Neo4jHandle } from '../../../../graph/connection/index.ts';
import { startServer } from '../../../../viz/server/index.ts';
import { openTestDriver, testConfig } from '../../../support/neo4j.ts';
import { startTestViewer, type TestViewer } from '../../../support/viewer.ts';

const TOKEN = 'test-token-0123456789abcdef';

/** A non-loopback IPv4 address of this machine, if it has one. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((i) => i !== undefined && i.family === 'IPv4' && !i.internal)?.address;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('binding', () => {
  let handle: Neo4jHandle;
  beforeAll(async () => {
    handle = await openTestDriver();
  });
  afterAll(() => handle.close());

  it('refuses to start on a non-loopback host without a token', async () => {
    await expect(
      startServer({ config: testConfig(), handle, log: silentLogger, host: '0.0.0.0', port: 0 }),
    ).rejects.toMatchObject({ name: 'ConfigError', code: 'SERVER_TOKEN_REQUIRED' });
  });

  it('listens on loopback only by default', async () => {
    const server = await startServer({ config: testConfig(), handle, log: silentLogger, port: 0 });
    try {
      expect(server.host).toBe('127.0.0.1');
      expect(await canConnect('127.0.0.1', server.port)).toBe(true);
      const external = externalAddress();
      if (external !== undefined) expect(await canConnect(external, server.port)).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('says the port is busy and suggests --port', async () => {
    const first = await startServer({ config: testConfig(), handle, log: silentLogger, port: 0 });
    try {
      await expect(
        startServer({ config: testConfig(), handle, log: silentLogger, port: first.port }),
      ).rejects.toMatchObject({
        name: 'ConfigError',
        code: 'PORT_IN_USE',
        message: expect.stringContaining('--port'),
      });
    } finally {
      await first.close();
    }
  });

  it('answers 503 with what to run when the page is not built', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'kg-empty-dist-'));
    const server = await startServer({
      config: testConfig(),
      handle,
      log: silentLogger,
      port: 0,
      distDir: empty,
    });
    try {
      const page = await fetch(server.url);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build:viz');
      const json = await fetch(server.url, { headers: { accept: 'application/json' } });
      expect(await json.json()).toMatchObject({ error: { code: 'PAGE_NOT_BUILT' } });
      const health = await fetch(server.url + 'api/health');
      expect(await health.json()).toMatchObject({ ok: true, page: false });
    } finally {
      await server.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('query time limit', () => {
  it('stops a long Cypher query and answers 504 QUERY_TIMEOUT', async () => {
    const handle = await openTestDriver();
    const base = testConfig();
    const config = { ...base, query: { ...base.query, timeoutMs: 500 } };
    const server = await startServer({ config, handle, log: silentLogger, port: 0 });
    try {
      const response = await fetch(server.url + 'api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          cypher: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
        }),
      });
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ error: { code: 'QUERY_TIMEOUT' } });
    } finally {
      await server.close();
      await handle.close();
    }
  });
});

describe('database down', () => {
  it('answers 503 NEO4J_UNAVAILABLE at once and reports it in health', async () => {
    const base = testConfig();
    // A real driver pointed at a closed port: what the viewer sees when Neo4j is stopped.
    const config = { ...base, neo4j: { ...base.neo4j, uri: 'bolt://127.0.0.1:1', password: 'unused' } };
    const down = await openDriver(config);
    const server = await startServer({ config, handle: down, log: silentLogger, port: 0 });
    try {
      const started = Date.now();
      const graph = await fetch(server.url + 'api/graph');
      expect(graph.status).toBe(503);
      expect(await graph.json()).toMatchObject({ error: { code: 'NEO4J_UNAVAILABLE' } });
      expect(Date.now() - started).toBeLessThan(8_000);
      const health = await fetch(server.url + 'api/health');
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: false, neo4j: { connected: false }, counts: null });
    } finally {
      await server.close();
      await down.close();
    }
  });
});

describe('with an access token', () => {
  let viewer: TestViewer;
  beforeAll(async () => {
    viewer = await startTestViewer({ token: TOKEN });
  });
  afterAll(() => viewer?.close());

  it('answers 401 without a token and 403 with a wrong one', async () => {
    const none = await fetch(viewer.origin + '/api/health');
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 'TOKEN_REQUIRED' } });
    const wrong = await fetch(viewer.origin + '/api/health', {
      headers: { authorization: 'Bearer wrong-token-0123456789' },
    });
    expect(wrong.status).toBe(403);
    const post = await fetch(viewer.origin + '/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: 'RETURN 1' }),
    });
    expect(post.status).toBe(401);
  });

  it('accepts the bearer token', async () => {
    expect((await viewer.api.health()).ok).toBe(true);
  });

  it('trades a one-time ?token= link for an HttpOnly SameSite=Strict cookie', async () => {
    const bad = await fetch(`${viewer.origin}/?token=not-the-token`, { redirect: 'manual' });
    expect(bad.status).toBe(403);
    const first = await fetch(`${viewer.origin}/?token=${TOKEN}&view=graph`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/?view=graph');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0]!;
    const withCookie = await fetch(viewer.origin + '/api/health', { headers: { cookie: pair } });
    expect(withCookie.status).toBe(200);
    const forged = await fetch(viewer.origin + '/api/health', {
      headers: { cookie: 'kg_token=guess-0123456789abcdef' },
    });
    expect(forged.status).toBe(403);
  });
});
