/**
 * `npx tsx bench/viz/adjacency.ts [rounds]` (also run by `npm run bench:viz`): the benchmark page's first
 * render of the 20k/60k graph with the new nodes' adjacency in dictionary mode (network/adjacency.ts, the
 * viewer) and with graphology's own objects (`?adjacency=plain`), alternated page by page in one browser
 * so both see the same machine load. Prints the graph-build phase, sigma's refresh and the first render.
 */
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { benchData, buildBenchPage, savePositionsBeforeLoad, serve, type BenchData } from './harness.ts';

export interface FirstRender {
  firstRenderMs: number;
  phases: Record<string, number>;
}

export interface AdjacencyAb {
  dictionary: FirstRender[];
  plain: FirstRender[];
}

async function firstRender(browser: Browser, url: string, data: BenchData): Promise<FirstRender> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await savePositionsBeforeLoad(page, data);
  await page.goto(url);
  const ready = await page.evaluate<FirstRender>(
    `window.bench.ready.then((r) => ({ firstRenderMs: r.firstRenderMs, phases: r.phases }))`,
  );
  await page.close();
  if (errors.length > 0) throw new Error(`bench:viz adjacency: the page failed: ${errors.join('; ')}`);
  return ready;
}

/** `rounds` pairs of first renders, the order within a pair alternating. */
export async function adjacencyAb(
  browser: Browser,
  origin: string,
  data: BenchData,
  rounds: number,
): Promise<AdjacencyAb> {
  const result: AdjacencyAb = { dictionary: [], plain: [] };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? (['dictionary', 'plain'] as const) : (['plain', 'dictionary'] as const);
    for (const variant of order) {
      const url = origin + (variant === 'plain' ? '/?adjacency=plain' : '/');
      result[variant].push(await firstRender(browser, url, data));
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
export function formatAdjacencyAb(ab: AdjacencyAb): string[] {
  const rows: [string, (r: FirstRender) => number][] = [
    ['graph build', (r) => r.phases.graph ?? Number.NaN],
    ['sigma refresh', (r) => r.phases.sigma ?? Number.NaN],
    ['first render', (r) => r.firstRenderMs],
  ];
  return rows.map(([name, pick]) => {
    const d = median(ab.dictionary.map(pick));
    const p = median(ab.plain.map(pick));
    return `${name}: ${d.toFixed(0)} ms with dictionary-mode adjacency (viewer) vs ${p.toFixed(0)} ms with graphology's own objects (×${(d / p).toFixed(2)}; medians of ${ab.dictionary.length} alternated pages each)`;
  });
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 4);
  await buildBenchPage();
  const data = benchData(20_000, 60_000);
  const { app, origin } = await serve(() => data);
  const browser = await launchChromium(loadConfig().chromium);
  try {
    const ab = await adjacencyAb(browser, origin, data, rounds);
    for (const [variant, renders] of Object.entries(ab)) {
      console.log(
        variant,
        renders
          .map((r: FirstRender) => `${r.firstRenderMs.toFixed(0)} (graph ${r.phases.graph?.toFixed(0)})`)
          .join(', '),
      );
    }
    for (const line of formatAdjacencyAb(ab)) console.log(line);
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
