/**
 * `npx tsx bench/viz/preload.ts [rounds]`: the first render of the
 * 20k/60k graph with the graph request started by the HTML (the page with `<link rel="preload"
 * as="fetch" crossorigin>` for the URLs its script asks for first, written next to its index.html) and
 * started by the script once it runs (the page as built), alternated page by page in one browser so both
 * see the same machine load. Both pages: the benchmark page (bench/viz/page) and the whole viewer
 * (viz/page). Also counts the graph requests each page made: one means the page's fetch took the preloaded
 * answer. Measured on the loaded 2-core machine (load 6-9) the preload sent the request ~0.35 s earlier and
 * had its last byte ~0.8 s earlier, but the page's script started later and the fetch resolved no sooner:
 * the first render was slower (x1.28 benchmark page, x1.03 viewer, 4 pairs), so the viewer has none.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import {
  BENCH_PAGE_OUT,
  benchData,
  buildBenchPage,
  savePositionsBeforeLoad,
  serve,
  type BenchData,
} from './harness.ts';
import { buildViewer, serveViewer, VIEWER_OUT, viewerFirstRender } from './viewer.ts';

/** The page with preload links, next to its index.html. */
export const PRELOADED = 'preloaded.html';

/** The URLs each page's script asks for first (bench/viz/page/main.js; viz/page network/index.ts). */
const BENCH_URLS = ['/api/graph?limit=50000&format=columns'];
const VIEWER_URLS = ['/api/graph?limit=5000&format=columns', '/api/documents'];

/** Writes `dir/preloaded.html`: `dir/index.html` with a fetch preload of each URL at the top of its head. */
export function writePreloadedPage(dir: string, urls: string[]): void {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const links = urls
    .map((u) => `<link rel="preload" href="${u.replaceAll('&', '&amp;')}" as="fetch" crossorigin />`)
    .join('\n');
  const withLinks = html.replace('<head>', `<head>\n${links}`);
  if (withLinks === html) throw new Error(`bench:viz preload: no <head> in ${dir}/index.html`);
  writeFileSync(path.join(dir, PRELOADED), withLinks);
}

interface Render {
  ms: number;
  requests: number;
  phases?: Record<string, number>;
  request?: Record<
    'start' | 'firstByte' | 'end' | 'positionsRead' | 'headers' | 'parsed' | 'checked',
    number
  >;
}

export interface PreloadAb {
  bench: { preload: Render[]; script: Render[] };
  viewer: { preload: Render[]; script: Render[] };
}

function countGraphRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/graph') count += 1;
  });
  return () => count;
}

async function benchPageRender(browser: Browser, url: string, data: BenchData): Promise<Render> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' || m.text().includes('preload')) && errors.push(m.text()));
  const requests = countGraphRequests(page);
  await savePositionsBeforeLoad(page, data);
  await page.goto(url);
  const ready = await page.evaluate<Omit<Render, 'requests'>>(
    `window.bench.ready.then((r) => ({ ms: r.firstRenderMs, phases: r.phases, request: r.request }))`,
  );
  await page.close();
  if (errors.length > 0) throw new Error(`bench:viz preload: the page said: ${errors.join('; ')}`);
  return { ...ready, requests: requests() };
}

/** `rounds` pairs of first renders of each page, the order within a pair alternating. */
export async function preloadAb(
  browser: Browser,
  benchOrigin: string,
  viewerOrigin: string,
  data: BenchData,
  rounds: number,
): Promise<PreloadAb> {
  const result: PreloadAb = { bench: { preload: [], script: [] }, viewer: { preload: [], script: [] } };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? (['preload', 'script'] as const) : (['script', 'preload'] as const);
    for (const variant of order) {
      const file = variant === 'preload' ? '/' + PRELOADED : '/';
      result.bench[variant].push(await benchPageRender(browser, benchOrigin + file, data));
      const viewer = await viewerFirstRender(browser, viewerOrigin, data, file);
      if (viewer.errors.length > 0) {
        throw new Error(`bench:viz preload: the viewer said: ${viewer.errors.join('; ')}`);
      }
      result.viewer[variant].push({ ms: viewer.ms, requests: viewer.graphRequests });
    }
  }
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One line per figure: medians of each variant and their ratio. */
export function formatPreloadAb(ab: PreloadAb): string[] {
  const line = (name: string, pick: (r: Render) => number, which: 'bench' | 'viewer') => {
    const p = median(ab[which].preload.map(pick));
    const s = median(ab[which].script.map(pick));
    return `${name}: ${p.toFixed(0)} ms with the graph request preloaded by the HTML vs ${s.toFixed(0)} ms started by the script (×${(p / s).toFixed(2)}; medians of ${ab[which].preload.length} alternated pages each)`;
  };
  const requests = (which: 'bench' | 'viewer') =>
    `${which === 'bench' ? 'benchmark page' : 'viewer'} graph requests per page: ${ab[which].preload.map((r) => r.requests).join(',')} preloaded, ${ab[which].script.map((r) => r.requests).join(',')} by the script`;
  return [
    line('benchmark page first render', (r) => r.ms, 'bench'),
    line('benchmark page graph request sent at', (r) => r.request?.start ?? Number.NaN, 'bench'),
    line('benchmark page graph answer last byte at', (r) => r.request?.end ?? Number.NaN, 'bench'),
    line('benchmark page fetch/parse phase', (r) => r.phases?.fetch ?? Number.NaN, 'bench'),
    line('whole viewer first render', (r) => r.ms, 'viewer'),
    requests('bench'),
    requests('viewer'),
  ];
}

/** Writes both built pages' preloaded variants: what `preloadAb` needs once they are built. */
export async function preparePreloadAb(): Promise<void> {
  writePreloadedPage(BENCH_PAGE_OUT, BENCH_URLS);
  writePreloadedPage(VIEWER_OUT, VIEWER_URLS);
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 4);
  await buildBenchPage();
  await buildViewer();
  await preparePreloadAb();
  const data = benchData(20_000, 60_000);
  const bench = await serve(() => data);
  const viewer = await serveViewer(() => data);
  const browser = await launchChromium(loadConfig().chromium);
  try {
    const ab = await preloadAb(browser, bench.origin, viewer.origin, data, rounds);
    for (const which of ['bench', 'viewer'] as const) {
      for (const [variant, renders] of Object.entries(ab[which])) {
        console.log(
          which,
          variant,
          renders
            .map(
              (r: Render) =>
                `${r.ms.toFixed(0)}` +
                (r.request
                  ? ` (sent ${r.request.start.toFixed(0)}, last byte ${r.request.end.toFixed(0)}, positions read ${r.request.positionsRead.toFixed(0)}, headers ${r.request.headers.toFixed(0)}, parsed ${r.request.parsed.toFixed(0)}, checked ${r.request.checked.toFixed(0)}; ${Object.entries(
                      r.phases ?? {},
                    )
                      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
                      .join(' ')})`
                  : ''),
            )
            .join(', '),
        );
      }
    }
    for (const line of formatPreloadAb(ab)) console.log(line);
  } finally {
    await browser.close();
    await bench.app.close();
    await viewer.app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
