/**
 * `npx tsx bench/viz/worker-fetch.ts [rounds]`: the benchmark page's first render of the 20k/60k graph
 * with its binary answer read in a worker (viz/page/src/api/worker-fetch.ts, the viewer) and by the page's
 * own fetch (`?fetch=page`), alternated page by page (alternate.ts). Prints when the last byte came, when
 * the answer was checked, the fetch/parse phase and the first render.
 */
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { alternate, formatAb, pageRender, runStandalone, type PageRender } from './alternate.ts';
import { benchData, buildBenchPage, serve, type BenchData } from './harness.ts';

export type WorkerFetchAb = Record<'worker' | 'page', PageRender[]>;

export function workerFetchAb(
  browser: Browser,
  origin: string,
  data: BenchData,
  rounds: number,
): Promise<WorkerFetchAb> {
  return alternate(['worker', 'page'] as const, rounds, (variant) =>
    pageRender(browser, origin + (variant === 'page' ? '/?fetch=page' : '/'), data),
  );
}

export function formatWorkerFetchAb(ab: WorkerFetchAb): string[] {
  return formatAb(
    ab.worker,
    ab.page,
    [
      ['graph answer, last byte', (r) => r.request?.end],
      ['graph answer checked', (r) => r.request?.checked],
      ['fetch/parse', (r) => r.phases.fetch],
      ['first render', (r) => r.firstRenderMs],
    ],
    'read in a worker (viewer)',
    "read by the page's fetch",
  );
}

runStandalone(import.meta.url, async () => {
  const rounds = Number(process.argv[2] ?? 4);
  await buildBenchPage();
  const data = benchData(20_000, 60_000);
  const { app, origin } = await serve(() => data);
  const browser = await launchChromium(loadConfig().chromium);
  try {
    for (const line of formatWorkerFetchAb(await workerFetchAb(browser, origin, data, rounds)))
      console.log(line);
  } finally {
    await browser.close();
    await app.close();
  }
});
