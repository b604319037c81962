/**
 * `npx tsx bench/viz/picking.ts [rounds]` (also run by `npm run bench:viz`): the benchmark page's first
 * render of the 20k/60k graph with its picking pass drawn just after the first frame (network/picking.ts,
 * the viewer) and in it (`?picking=first`), alternated page by page (alternate.ts). Prints the first render,
 * its GPU and sigma phases, and when hover and click work (the picking pass drawn by the GPU).
 */
import type { Browser } from 'playwright-core';
import { alternate, formatAb, pageRender, runPageAbStandalone, type PageRender } from './alternate.ts';
import type { BenchData } from './harness.ts';

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

runPageAbStandalone(import.meta.url, async (browser, origin, data, rounds) =>
  formatPickingAb(await pickingAb(browser, origin, data, rounds)),
);
