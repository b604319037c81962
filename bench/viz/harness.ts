/**
 * What `npm run bench:viz` and `bench/viz/profile.ts` share: building the benchmark page (bench/viz/page)
 * with Vite, the synthetic graph as the viewer's API answers it (`GET /api/graph?format=columns`, encoded by
 * viz/api/graph-columns.ts, compressed per request by the viewer server's own compression plugin), and the
 * saved positions a graph laid out on an earlier visit has in localStorage (the viewer's key and format).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../core/config.ts';
import { toColumns } from '../../viz/api/graph-columns.ts';
import { encodeGraphBinary, GRAPH_BINARY_TYPE } from '../../viz/api/graph-binary.ts';
import { installCompression } from '../../viz/server/compression.ts';
import { syntheticGraph } from './synthetic.ts';

const PAGE_ROOT = path.join(PROJECT_ROOT, 'bench', 'viz', 'page');
/** Where the benchmark page is built. */
export const BENCH_PAGE_OUT = path.join(PROJECT_ROOT, 'bench', '.out', 'viz-page');
const OUT = BENCH_PAGE_OUT;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Builds bench/viz/page into bench/.out/viz-page (unminified for profiles: readable function names). */
export async function buildBenchPage(minify = true): Promise<void> {
  await build({
    configFile: false,
    root: PAGE_ROOT,
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true, minify },
  });
}

/** A synthetic graph ready to serve: the API answer serialised once, and the saved positions. */
export interface BenchData {
  columnsJson: string;
  /** The same columns in binary (`format=binary`, viz/api/graph-binary.ts), what the viewer loads. */
  binary: Buffer;
  positionsJson: string;
  bytes: { objects: number; columns: number; binary: number };
}

/** @example const data = benchData(20_000, 60_000); */
export function benchData(nodes: number, edges: number): BenchData {
  const g = syntheticGraph(nodes, edges);
  const response = { nodes: g.nodes, edges: g.edges, truncated: false };
  const columns = toColumns(response);
  const columnsJson = JSON.stringify(columns);
  const encoded = encodeGraphBinary(columns);
  const binary = Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  const positions = Object.fromEntries(g.positions.map((p) => [p.id, { x: p.x, y: p.y }]));
  return {
    columnsJson,
    binary,
    positionsJson: JSON.stringify(positions),
    bytes: {
      objects: JSON.stringify(response).length,
      columns: columnsJson.length,
      binary: binary.byteLength,
    },
  };
}

/**
 * Serves the built page and `GET /api/graph` (the current data) with the viewer server's compression
 * (`compress: false` for an A/B without it).
 * @example
 * const { app, origin } = await serve(() => data);
 */
export async function serve(
  current: () => BenchData,
  { compress = true } = {},
): Promise<{ app: FastifyInstance; origin: string }> {
  const app = Fastify({ logger: false });
  if (compress) await installCompression(app);
  app.get('/api/graph', async (request, reply) => sendGraph(current(), request.query, reply));
  app.get('/*', async (request, reply) => {
    const pathname = new URL(request.url, 'http://127.0.0.1').pathname;
    const file = path.join(OUT, pathname === '/' ? 'index.html' : path.normalize(pathname));
    if (!file.startsWith(OUT) || !existsSync(file) || !statSync(file).isFile()) {
      return reply.code(404).send();
    }
    return reply.type(TYPES[path.extname(file)] ?? 'application/octet-stream').send(readFileSync(file));
  });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, origin };
}

/**
 * The graph answer the viewer's server gives for `query`'s format: binary (`format=binary`, the viewer) or
 * columns in JSON (compressed by the server's plugin).
 */
export function sendGraph(data: BenchData, query: unknown, reply: FastifyReply): FastifyReply {
  if ((query as { format?: string }).format === 'binary') {
    return reply.type(GRAPH_BINARY_TYPE).send(data.binary);
  }
  return reply.type('application/json').send(data.columnsJson);
}

/**
 * The viewer's localStorage key for positions (viz/page/src/app/config.ts, which Node cannot import: it
 * reads Vite's env); the bench page fails loudly when they differ.
 */
export const POSITIONS_KEY = 'kg.positions.v1';

/** Stores `data`'s positions where the viewer keeps them, before the page's scripts run. */
export async function savePositionsBeforeLoad(page: Page, data: BenchData): Promise<void> {
  // a script string: Node's typecheck has no DOM types
  await page.addInitScript(
    `localStorage.setItem(${JSON.stringify(POSITIONS_KEY)}, ${JSON.stringify(data.positionsJson)});`,
  );
}
