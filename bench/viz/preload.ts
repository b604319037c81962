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
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { alternate, formatAb, pageRender, runStandalone, type PageRender } from './alternate.ts';
import { BENCH_PAGE_OUT, benchData, buildBenchPage, serve, type BenchData } from './harness.ts';
import { buildViewer, serveViewer, VIEWER_OUT, viewerFirstRender } from './viewer.ts';

/** The page with preload links, next to its index.html. */
export const PRELOADED = 'preloaded.html';

/** The URLs each page's script asks for first (bench/viz/page/main.js; viz/page network/index.ts). */
const BENCH_URLS = ['/api/graph?limit=50000&format=binary'];
const VIEWER_URLS = ['/api/graph?limit=5000&format=binary', '/api/documents'];

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
  page?: PageRender;
}

export type PreloadAb = Record<'bench' | 'viewer', Record<'preload' | 'script', Render[]>>;

/** The benchmark page's first render, with the graph requests it made (one: the preload was taken). */
async function benchPageRender(browser: Browser, url: string, data: BenchData): Promise<Render> {
  let requests = 0;
  const errors: string[] = [];
  const page = await pageRender(browser, url, data, (p) => {
    p.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/graph') requests += 1;
    });
    p.on('console', (m) => (m.type() === 'error' || m.text().includes('preload')) && errors.push(m.text()));
  });
  if (errors.length > 0) throw new Error(`bench:viz preload: the page said: ${errors.join('; ')}`);
  return { ms: page.firstRenderMs, requests, page };
}

/** `rounds` pairs of first renders of each page, the order within a pair alternating (alternate.ts). */
export async function preloadAb(
  browser: Browser,
  benchOrigin: string,
  viewerOrigin: string,
  data: BenchData,
  rounds: number,
): Promise<PreloadAb> {
  const pairs = await alternate(['preload', 'script'] as const, rounds, async (variant) => {
    const file = variant === 'preload' ? '/' + PRELOADED : '/';
    const bench = await benchPageRender(browser, benchOrigin + file, data);
    const viewer = await viewerFirstRender(browser, viewerOrigin, data, file);
    if (viewer.errors.length > 0) {
      throw new Error(`bench:viz preload: the viewer said: ${viewer.errors.join('; ')}`);
    }
    return { bench, viewer: { ms: viewer.ms, requests: viewer.graphRequests } };
  });
  const pick = (which: 'bench' | 'viewer') => ({
    preload: pairs.preload.map((r) => r[which]),
    script: pairs.script.map((r) => r[which]),
  });
  return { bench: pick('bench'), viewer: pick('viewer') };
}

/** One line per figure: medians of each variant and their ratio, and the graph requests per page. */
export function formatPreloadAb(ab: PreloadAb): string[] {
  const labels = ['with the graph request preloaded by the HTML', 'started by the script'] as const;
  const requests = (which: 'bench' | 'viewer') =>
    `${which === 'bench' ? 'benchmark page' : 'viewer'} graph requests per page: ${ab[which].preload.map((r) => r.requests).join(',')} preloaded, ${ab[which].script.map((r) => r.requests).join(',')} by the script`;
  return [
    ...formatAb(
      ab.bench.preload,
      ab.bench.script,
      [
        ['benchmark page first render', (r) => r.ms],
        ['benchmark page graph request sent at', (r) => r.page?.request?.start],
        ['benchmark page graph answer last byte at', (r) => r.page?.request?.end],
        ['benchmark page fetch/parse phase', (r) => r.page?.phases.fetch],
      ],
      ...labels,
    ),
    ...formatAb(ab.viewer.preload, ab.viewer.script, [['whole viewer first render', (r) => r.ms]], ...labels),
    requests('bench'),
    requests('viewer'),
  ];
}

/** Writes both built pages' preloaded variants: what `preloadAb` needs once they are built. */
export async function preparePreloadAb(): Promise<void> {
  writePreloadedPage(BENCH_PAGE_OUT, BENCH_URLS);
  writePreloadedPage(VIEWER_OUT, VIEWER_URLS);
}

runStandalone(import.meta.url, async () => {
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
    for (const line of formatPreloadAb(ab)) console.log(line);
  } finally {
    await browser.close();
    await bench.app.close();
    await viewer.app.close();
  }
});
