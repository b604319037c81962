/**
 * `npx tsx bench/viz/clears.ts [rounds]` (also run by `npm run bench:viz`): the benchmark page's first
 * render of the 20k/60k graph with layers cleared only once drawn on (network/frames.ts, the viewer: no
 * clear in the renderer's constructor nor in the frames of the still empty graph, the hover layers left
 * alone with nothing hovered) and cleared as sigma does (`?clears=sigma`), alternated page by page
 * (alternate.ts). Prints the first render, its phases, and when hover and click work.
 */
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { alternate, formatAb, pageRender, runStandalone, type PageRender } from './alternate.ts';
import { benchData, buildBenchPage, serve, type BenchData } from './harness.ts';

export type ClearsAb = Record<'lean' | 'sigma', PageRender[]>;

export function clearsAb(
  browser: Browser,
  origin: string,
  data: BenchData,
  rounds: number,
): Promise<ClearsAb> {
  return alternate(['lean', 'sigma'] as const, rounds, (variant) =>
    pageRender(browser, origin + (variant === 'sigma' ? '/?clears=sigma' : '/'), data),
  );
}

export function formatClearsAb(ab: ClearsAb): string[] {
  return formatAb(
    ab.lean,
    ab.sigma,
    [
      ['first render', (r) => r.firstRenderMs],
      ['renderer', (r) => r.phases.renderer],
      ['fetch/parse', (r) => r.phases.fetch],
      ['sigma refresh', (r) => r.phases.sigma],
      ['GPU', (r) => r.phases.gpu],
      ['hover and click ready', (r) => r.pickingReadyMs],
    ],
    'with layers cleared once drawn on (viewer)',
    "with sigma's clears",
  );
}

runStandalone(import.meta.url, async () => {
  const rounds = Number(process.argv[2] ?? 4);
  await buildBenchPage();
  const data = benchData(20_000, 60_000);
  const { app, origin } = await serve(() => data);
  const browser = await launchChromium(loadConfig().chromium);
  try {
    for (const line of formatClearsAb(await clearsAb(browser, origin, data, rounds))) console.log(line);
  } finally {
    await browser.close();
    await app.close();
  }
});
