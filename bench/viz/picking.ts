/**
 * `npx tsx bench/viz/picking.ts [rounds]` (also run by `npm run bench:viz`): the benchmark page's first
 * render of the 20k/60k graph with its picking pass drawn just after the first frame (network/picking.ts,
 * the viewer) and in it (`?picking=first`), alternated page by page (alternate.ts). Prints the first render,
 * its GPU and sigma phases, and when hover and click work (the picking pass drawn by the GPU).
 */
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { alternate, formatAb, pageRender, runStandalone, type PageRender } from './alternate.ts';
import { benchData, buildBenchPage, serve, type BenchData } from './harness.ts';

export type PickingAb = Record<'after' | 'first', PageRender[]>;

export function pickingAb(
  browser: Browser,
  origin: string,
  data: BenchData,
  rounds: number,
): Promise<PickingAb> {
  return alternate(['after', 'first'] as const, rounds, (variant) =>
    pageRender(browser, origin + (variant === 'first' ? '/?picking=first' : '/'), data),
  );
}

export function formatPickingAb(ab: PickingAb): string[] {
  return formatAb(
    ab.after,
    ab.first,
    [
      ['first render', (r) => r.firstRenderMs],
      ['sigma refresh', (r) => r.phases.sigma],
      ['GPU', (r) => r.phases.gpu],
      ['hover and click ready', (r) => r.pickingReadyMs],
    ],
    'with the picking pass just after the first frame (viewer)',
    'in it',
  );
}

runStandalone(import.meta.url, async () => {
  const rounds = Number(process.argv[2] ?? 4);
  await buildBenchPage();
  const data = benchData(20_000, 60_000);
  const { app, origin } = await serve(() => data);
  const browser = await launchChromium(loadConfig().chromium);
  try {
    for (const line of formatPickingAb(await pickingAb(browser, origin, data, rounds))) console.log(line);
  } finally {
    await browser.close();
    await app.close();
  }
});
