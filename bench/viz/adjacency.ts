/**
 * `npx tsx bench/viz/adjacency.ts [rounds]` (also run by `npm run bench:viz`): the benchmark page's first
 * render of the 20k/60k graph with the new nodes' adjacency in dictionary mode (network/adjacency.ts, the
 * viewer) and with graphology's own objects (`?adjacency=plain`), alternated page by page (alternate.ts).
 * Prints the graph-build phase, sigma's refresh and the first render.
 */
import type { Browser } from 'playwright-core';
import { alternate, formatAb, pageRender, runPageAbStandalone, type PageRender } from './alternate.ts';
import type { BenchData } from './harness.ts';

export type AdjacencyAb = Record<'dictionary' | 'plain', PageRender[]>;

export function adjacencyAb(
  browser: Browser,
  origin: string,
  data: BenchData,
  rounds: number,
): Promise<AdjacencyAb> {
  return alternate(['dictionary', 'plain'] as const, rounds, (variant) =>
    pageRender(browser, origin + (variant === 'plain' ? '/?adjacency=plain' : '/'), data),
  );
}

export function formatAdjacencyAb(ab: AdjacencyAb): string[] {
  return formatAb(
    ab.dictionary,
    ab.plain,
    [
      ['graph build', (r) => r.phases.graph],
      ['sigma refresh', (r) => r.phases.sigma],
      ['first render', (r) => r.firstRenderMs],
    ],
    'with dictionary-mode adjacency (viewer)',
    "with graphology's own objects",
  );
}

runPageAbStandalone(import.meta.url, async (browser, origin, data, rounds) =>
  formatAdjacencyAb(await adjacencyAb(browser, origin, data, rounds)),
);
