/**
 * `npx tsx bench/viz/picking.ts [rounds]` (also run by `npm run bench:viz`): the benchmark page's first
 * render of the 20k/60k graph with its picking pass drawn just after the first frame (network/picking.ts,
 * the viewer) and in it (`?picking=first`), alternated page by page in one browser so both see the same
 * machine load. Prints the first render, its GPU and sigma phases, and when hover and click work (the
 * picking pass drawn by the GPU).
 */
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { benchData, buildBenchPage, savePositionsBeforeLoad, serve, type BenchData } from './harness.ts';

interface Render {
  firstRenderMs: number;
  pickingReadyMs: number;
  phases: Record<string, number>;
}

export interface PickingAb {
  after: Render[];
  first: Render[];
}

async function render(browser: Browser, url: string, data: BenchData): Promise<Render> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await savePositionsBeforeLoad(page, data);
  await page.goto(url);
  const ready = await page.evaluate<Render>(
    `window.bench.ready.then((r) => ({ firstRenderMs: r.firstRenderMs, pickingReadyMs: r.pickingReadyMs, phases: r.phases }))`,
  );
  await page.close();
  if (errors.length > 0) throw new Error(`bench:viz picking: the page failed: ${errors.join('; ')}`);
  return ready;
}

/** `rounds` pairs of first renders, the order within a pair alternating. */
export async function pickingAb(
  browser: Browser,
  origin: string,
  data: BenchData,
  rounds: number,
): Promise<PickingAb> {
  const result: PickingAb = { after: [], first: [] };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? (['after', 'first'] as const) : (['first', 'after'] as const);
    for (const variant of order) {
      result[variant].push(
        await render(browser, origin + (variant === 'first' ? '/?picking=first' : '/'), data),
      );
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
export function formatPickingAb(ab: PickingAb): string[] {
  const rows: [string, (r: Render) => number][] = [
    ['first render', (r) => r.firstRenderMs],
    ['sigma refresh', (r) => r.phases.sigma ?? Number.NaN],
    ['GPU', (r) => r.phases.gpu ?? Number.NaN],
    ['hover and click ready', (r) => r.pickingReadyMs],
  ];
  return rows.map(([name, pick]) => {
    const a = median(ab.after.map(pick));
    const f = median(ab.first.map(pick));
    return `${name}: ${a.toFixed(0)} ms with the picking pass just after the first frame (viewer) vs ${f.toFixed(0)} ms in it (×${(a / f).toFixed(2)}; medians of ${ab.after.length} alternated pages each)`;
  });
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 4);
  await buildBenchPage();
  const data = benchData(20_000, 60_000);
  const { app, origin } = await serve(() => data);
  const browser = await launchChromium(loadConfig().chromium);
  try {
    const ab = await pickingAb(browser, origin, data, rounds);
    for (const [variant, renders] of Object.entries(ab)) {
      console.log(
        variant,
        renders
          .map(
            (r: Render) =>
              `${r.firstRenderMs.toFixed(0)} (sigma ${r.phases.sigma?.toFixed(0)}, gpu ${r.phases.gpu?.toFixed(0)}, picking ready ${r.pickingReadyMs.toFixed(0)})`,
          )
          .join(', '),
      );
    }
    for (const line of formatPickingAb(ab)) console.log(line);
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
