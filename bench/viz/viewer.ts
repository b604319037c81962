/**
 * The first render of the viewer itself (viz/page, built with its own Vite config, every feature mounted,
 * served with the server's CSP and compression) on the synthetic graph, next to the benchmark page's
 * figure: the benchmark page has only the network, so this is what a person opening the viewer waits for,
 * bundle, panels, legend and stats included. The API is a stand-in answering the calls the page makes at
 * start (graph, documents, saved queries, storyboards) without Neo4j; its graph answer is the whole
 * synthetic graph, whatever the page's window limit (the real server would send the best-connected
 * `INITIAL_WINDOW` nodes).
 */
import path from 'node:path';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../core/config.ts';
import { installCompression } from '../../viz/server/compression.ts';
import { CSP_DIRECTIVES } from '../../viz/server/security.ts';
import { installStatic } from '../../viz/server/static.ts';
import { savePositionsBeforeLoad, sendGraph, type BenchData } from './harness.ts';

/** Where the viewer is built for the benchmark. */
export const VIEWER_OUT = path.join(PROJECT_ROOT, 'bench', '.out', 'viewer');
const OUT = VIEWER_OUT;

/** Builds viz/page into bench/.out/viewer (not viz/dist, which `npm start` and the e2e test serve). */
export async function buildViewer(): Promise<void> {
  await build({
    configFile: path.join(PROJECT_ROOT, 'viz', 'page', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true, sourcemap: false },
  });
}

/** Serves the built viewer and a stand-in API over `current()`'s graph. */
export async function serveViewer(
  current: () => BenchData,
): Promise<{ app: FastifyInstance; origin: string }> {
  const app = Fastify({ logger: false });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: true, directives: CSP_DIRECTIVES },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  await installCompression(app);
  app.get('/api/graph', async (request, reply) => sendGraph(current(), request.query, reply));
  app.get('/api/documents', async () => ({ documents: [] }));
  app.get('/api/queries', async () => ({ queries: [] }));
  app.get('/api/storyboards', async () => ({ storyboards: [] }));
  await installStatic(app, OUT);
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, origin };
}

/**
 * Milliseconds from navigation to the viewer's first frame with the graph drawn by the GPU process (the
 * page's `kg:graph-drawn` mark, then a frame, then a 1-pixel readPixels on each WebGL canvas), and the size
 * of the JavaScript the page loaded before that, and how many graph requests it made (one: its fetch took
 * the answer the HTML preloaded). Console errors count, and so does
 * any message about a preload (Chromium warns when a preloaded answer goes unused).
 */
export async function viewerFirstRender(
  browser: Browser,
  origin: string,
  data: BenchData,
  file = '/',
): Promise<{ ms: number; drawnMs: number; scriptBytes: number; graphRequests: number; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  let graphRequests = 0;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' || m.text().includes('preload')) && errors.push(m.text()));
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/graph') graphRequests += 1;
  });
  await savePositionsBeforeLoad(page, data);
  await page.goto(origin + file);
  const result = await page.evaluate<{ ms: number; drawnMs: number; scriptBytes: number }>(`(async () => {
    const drawn = () => performance.getEntriesByName('kg:graph-drawn')[0];
    while (!drawn()) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(r));
    const pixel = new Uint8Array(4);
    for (const canvas of document.querySelectorAll('#sigma-container canvas')) {
      const gl = canvas.getContext('webgl2');
      if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    }
    const ms = performance.now();
    const scriptBytes = performance.getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
      .filter((e) => e.startTime < drawn().startTime)
      .reduce((sum, e) => sum + e.decodedBodySize, 0);
    return { ms, drawnMs: drawn().startTime, scriptBytes };
  })()`);
  await page.close();
  return { ...result, graphRequests, errors };
}
