/**
 * `npx tsx bench/viz/binary.ts [rounds]` (also run by `npm run bench:viz`): the benchmark page's first
 * render of the 20k/60k graph loaded as binary columns (`format=binary`, viz/api/graph-binary.ts, the
 * viewer) and as JSON columns compressed by the server (`?format=columns`, zod-checked), alternated page by
 * page (alternate.ts). Prints when the answer's last byte came, the fetch/parse phase and the first render.
 */
import type { Browser } from 'playwright-core';
import { alternate, formatAb, pageRender, runPageAbStandalone, type PageRender } from './alternate.ts';
import type { BenchData } from './harness.ts';

export type BinaryAb = Record<'binary' | 'columns', PageRender[]>;

export function binaryAb(
  browser: Browser,
  origin: string,
  data: BenchData,
  rounds: number,
): Promise<BinaryAb> {
  return alternate(['binary', 'columns'] as const, rounds, (variant) =>
    pageRender(browser, origin + (variant === 'columns' ? '/?format=columns' : '/'), data),
  );
}

export function formatBinaryAb(ab: BinaryAb): string[] {
  return formatAb(
    ab.binary,
    ab.columns,
    [
      ['graph answer, last byte', (r) => r.request?.end],
      ['graph answer checked', (r) => r.request?.checked],
      ['fetch/parse', (r) => r.phases.fetch],
      ['first render', (r) => r.firstRenderMs],
    ],
    'with binary columns (viewer)',
    'with gzipped JSON columns',
  );
}

runPageAbStandalone(import.meta.url, async (browser, origin, data, rounds) =>
  formatBinaryAb(await binaryAb(browser, origin, data, rounds)),
);
