/**
 * `npm run bench:viz`: the viewer's network in Chromium with a synthetic graph of 20k nodes and 60k edges,
 * and a 2k/6k graph measured in the same run as the baseline. Figures: time to first render, frames per
 * second while the camera pans and zooms (requestAnimationFrame count, ~5 s) and as a share of what a bare
 * WebGL page gets in the same browser, the time a hover takes to be drawn (a full sigma refresh), ForceAtlas2
 * iterations per second in the web worker vs. synchronously on the main thread. Targets: ≥ 30 FPS and first
 * render < 3 s. The page (bench/viz/page) uses the viewer's own graph, renderer, reducers and view keeper.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { loadConfig, PROJECT_ROOT } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { syntheticGraph, type SyntheticGraph } from './synthetic.ts';

const PAGE_ROOT = path.join(PROJECT_ROOT, 'bench', 'viz', 'page');
const OUT = path.join(PROJECT_ROOT, 'bench', '.out', 'viz-page');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const SIZES = [
  { label: 'baseline 2k/6k', nodes: 2_000, edges: 6_000, syncIterations: 20 },
  { label: 'target 20k/60k', nodes: 20_000, edges: 60_000, syncIterations: 3 },
];

interface Figures {
  nodes: number;
  edges: number;
  fetchedMs: number;
  firstRenderMs: number;
  panZoom: { fps: number; renderFps: number; seconds: number };
  hover: { ms: number };
  /** sigma settings in effect for this size (scale.ts): what the pan/zoom figure includes. */
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
  worker: { perSecond: number; fps: number };
  sync: { perSecond: number };
}

function serve(graphJson: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/graph.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(graphJson());
      return;
    }
    const file = path.join(OUT, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(OUT) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

/** Frames per second of a page that only clears a full-size WebGL canvas: what this machine allows at best. */
async function bareWebGlFps(browser: Browser): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.setContent('<canvas id="c" width="1280" height="720"></canvas>');
  const fps = await page.evaluate<number>(`new Promise((resolve) => {
    const gl = document.getElementById('c').getContext('webgl2');
    let frames = 0;
    const start = performance.now();
    const tick = () => {
      frames += 1;
      gl.clearColor(frames % 2, 0.5, 0.5, 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
      if (performance.now() - start < 3000) requestAnimationFrame(tick);
      else resolve(frames / ((performance.now() - start) / 1000));
    };
    requestAnimationFrame(tick);
  })`);
  await page.close();
  return fps;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  const config = loadConfig();
  console.log('bench:viz: building the benchmark page (Vite)…');
  await build({
    configFile: false,
    root: PAGE_ROOT,
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true },
  });
  let current: SyntheticGraph | null = null;
  const { server, origin } = await serve(() => JSON.stringify(current));
  const browser = await launchChromium(config.chromium);
  const results: { label: string; figures: Figures }[] = [];
  let calibration: number | undefined;
  try {
    calibration = await bareWebGlFps(browser);
    for (const size of SIZES) {
      current = syntheticGraph(size.nodes, size.edges);
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(origin + '/');
      const figures = await page.evaluate<Figures, number>(async (syncIterations) => {
        const bench = (
          globalThis as unknown as {
            bench: Record<string, (...a: number[]) => Promise<never>> & { ready: Promise<never> };
          }
        ).bench;
        const ready: Omit<Figures, 'panZoom' | 'hover' | 'worker' | 'sync'> = await bench.ready;
        const panZoom = await bench.panZoom!(5_000);
        const hover = await bench.hover!(6);
        const worker = await bench.layoutWorker!(4_000);
        const sync = await bench.layoutSync!(syncIterations);
        return { ...ready, panZoom, hover, worker, sync };
      }, size.syncIterations);
      if (errors.length > 0) throw new Error(`bench:viz: the page failed: ${errors.join('; ')}`);
      results.push({ label: size.label, figures });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }

  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\nviewer benchmark (Chromium headless, software WebGL via SwiftShader, 1280×720)`);
  console.log(`machine: ${os.cpus().length} CPU(s), load average ${load} (figures scale with free CPU)\n`);
  console.log(
    'graph            | nodes  | edges  | first render | pan/zoom FPS (rAF / sigma renders, % of bare WebGL) | hover drawn in | FA2 worker it/s (page FPS) | FA2 main-thread it/s',
  );
  for (const { label, figures: f } of results) {
    const share = `${fmt((100 * f.panZoom.fps) / (calibration ?? Number.NaN), 0)}%`;
    console.log(
      `${label.padEnd(16)} | ${String(f.nodes).padEnd(6)} | ${String(f.edges).padEnd(6)} | ${fmt(f.firstRenderMs, 0).padStart(7)} ms   | ${fmt(f.panZoom.fps).padStart(6)} / ${fmt(f.panZoom.renderFps).padEnd(6)} (${share})${' '.repeat(Math.max(0, 33 - share.length))} | ${fmt(f.hover.ms, 0).padStart(8)} ms    | ${fmt(f.worker.perSecond).padStart(6)} (${fmt(f.worker.fps)} FPS)${' '.repeat(8)} | ${fmt(f.sync.perSecond).padStart(6)}`,
    );
  }
  for (const { label, figures: f } of results) {
    console.log(
      `${label}: edges ${f.hideEdgesOnMove ? 'hidden' : 'drawn'} and labels ${f.hideLabelsOnMove ? 'hidden' : 'drawn'} while the camera moves (network/scale.ts)`,
    );
  }
  console.log(
    `calibration: a bare WebGL clear loop (no sigma) runs at ${fmt(calibration ?? Number.NaN)} FPS in this browser right now`,
  );
  const target = results.find((r) => r.label.startsWith('target'))!.figures;
  const base = results.find((r) => r.label.startsWith('baseline'))!.figures;
  console.log('\ntargets (20k nodes / 60k edges):');
  console.log(
    `  first render < 3 s:        ${fmt(target.firstRenderMs / 1000, 2)} s  ${verdict(target.firstRenderMs < 3_000)}`,
  );
  console.log(
    `  FPS while panning/zooming ≥ 30: ${fmt(target.panZoom.fps)}  ${verdict(target.panZoom.fps >= 30)}`,
  );
  console.log(
    `  FA2 worker vs main thread: ${fmt(target.worker.perSecond)} vs ${fmt(target.sync.perSecond)} it/s (×${fmt(target.worker.perSecond / target.sync.perSecond, 2)}), page stays at ${fmt(target.worker.fps)} FPS during the worker layout`,
  );
  console.log(
    `  sigma FPS / bare WebGL FPS: ${fmt(target.panZoom.fps / (calibration ?? Number.NaN), 2)} (20k), ${fmt(base.panZoom.fps / (calibration ?? Number.NaN), 2)} (2k)`,
  );
  console.log(
    `  cost of size (vs 2k baseline): first render ×${fmt(target.firstRenderMs / base.firstRenderMs, 2)}, FPS ×${fmt(target.panZoom.fps / base.panZoom.fps, 2)}, hover ×${fmt(target.hover.ms / base.hover.ms, 2)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
