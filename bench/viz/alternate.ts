/**
 * Same-run A/B of the benchmark page's first render: two variants of the page (a query string each),
 * alternated page by page in one browser so both see the same machine load, and their medians side by side.
 * The per-change A/Bs (adjacency.ts, picking.ts, preload.ts) say only what their variants are.
 */
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { benchData, buildBenchPage, savePositionsBeforeLoad, serve, type BenchData } from './harness.ts';

/** What the benchmark page reports when its first render is done (bench/viz/page/main.js). */
export interface PageRender {
  firstRenderMs: number;
  pickingReadyMs: number;
  phases: Record<string, number>;
  request?: Record<
    'start' | 'firstByte' | 'end' | 'positionsRead' | 'headers' | 'parsed' | 'checked',
    number
  >;
}

/** Opens `url` on a fresh page with the data's positions saved, and waits for its first render. */
export async function pageRender(
  browser: Browser,
  url: string,
  data: BenchData,
  onPage?: (page: Page) => void,
): Promise<PageRender> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  onPage?.(page);
  await savePositionsBeforeLoad(page, data);
  await page.goto(url);
  const ready = await page.evaluate<PageRender>(
    `window.bench.ready.then((r) => ({ firstRenderMs: r.firstRenderMs, pickingReadyMs: r.pickingReadyMs, phases: r.phases, request: r.request }))`,
  );
  await page.close();
  if (errors.length > 0) throw new Error(`bench:viz: the page at ${url} failed: ${errors.join('; ')}`);
  return ready;
}

/** `rounds` pairs of runs of variants `a` and `b`, the order within a pair alternating. */
export async function alternate<V extends string, R>(
  [a, b]: readonly [V, V],
  rounds: number,
  run: (variant: V) => Promise<R>,
): Promise<Record<V, R[]>> {
  const result = { [a]: [], [b]: [] } as unknown as Record<V, R[]>;
  for (let i = 0; i < rounds; i++) {
    for (const variant of i % 2 === 0 ? [a, b] : [b, a]) result[variant].push(await run(variant));
  }
  return result;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * One line per figure: "name: A ms with <a> vs B ms <b> (×A/B; medians of n alternated pages each)".
 * @example formatAb(ab.after, ab.first, [['GPU', (r) => r.phases.gpu]], 'with X', 'without')
 */
export function formatAb<R>(
  a: R[],
  b: R[],
  rows: [string, (r: R) => number | undefined][],
  aLabel: string,
  bLabel: string,
): string[] {
  return rows.map(([name, pick]) => {
    const x = median(a.map((r) => pick(r) ?? Number.NaN));
    const y = median(b.map((r) => pick(r) ?? Number.NaN));
    return `${name}: ${x.toFixed(0)} ms ${aLabel} vs ${y.toFixed(0)} ms ${bLabel} (×${(x / y).toFixed(2)}; medians of ${a.length} alternated pages each)`;
  });
}

/** Runs a standalone A/B script's `main`, printing its error and setting the exit code on failure. */
export function runStandalone(url: string, main: () => Promise<void>): void {
  if (url !== `file://${process.argv[1]}`) return;
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

/**
 * Runs a standalone A/B script of the benchmark page (`npx tsx bench/viz/<ab>.ts [rounds]`): builds and serves
 * the page on the 20k/60k graph, opens Chromium, and prints the lines `ab` returns for that many rounds (4).
 */
export function runPageAbStandalone(
  url: string,
  ab: (browser: Browser, origin: string, data: BenchData, rounds: number) => Promise<string[]>,
): void {
  runStandalone(url, async () => {
    const rounds = Number(process.argv[2] ?? 4);
    await buildBenchPage();
    const data = benchData(20_000, 60_000);
    const { app, origin } = await serve(() => data);
    const browser = await launchChromium(loadConfig().chromium);
    try {
      for (const line of await ab(browser, origin, data, rounds)) console.log(line);
    } finally {
      await browser.close();
      await app.close();
    }
  });
}
