/**
 * `npx tsx bench/viz/profile.ts [nodes] [edges] [panzoom]`: the benchmark page's first render (or, with
 * `panzoom`, 3 s of its scripted pan/zoom) under Chromium's sampling profiler (CDP `Profiler`), printed as the
 * functions with the most self time and the page's phases. Writes the .cpuprofile to bench/.out for DevTools.
 * What guided the first-render and frame-rate work of network/ and viz/api/graph-columns.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { benchData, buildBenchPage, savePositionsBeforeLoad, serve } from './harness.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const nameOf = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber}`;

/** Self and total (inclusive) time per function, in ms, most total time first. */
function times(profile: Profile): { name: string; self: number; total: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = nameOf(byId.get(id)!);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + ms);
      seen.add(name);
    }
  });
  return [...total]
    .map(([name, t]) => ({ name, self: self.get(name) ?? 0, total: t }))
    .sort((a, b) => b.total - a.total);
}

async function main(): Promise<void> {
  const [nodes = 20_000, edges = 60_000] = process.argv.slice(2, 4).map(Number);
  const panzoom = process.argv.includes('panzoom');
  await buildBenchPage(false);
  const data = benchData(nodes, edges);
  const { app, origin } = await serve(() => data);
  const browser = await launchChromium(loadConfig().chromium);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('console', (m) => console.log('page:', m.text()));
    await savePositionsBeforeLoad(page, data);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (!panzoom) await cdp.send('Profiler.start');
    await page.goto(origin + '/');
    const ready = await page.evaluate('window.bench.ready');
    if (panzoom) {
      await cdp.send('Profiler.start');
      console.log('panZoom', await page.evaluate('window.bench.panZoom(3000)'));
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    console.log(JSON.stringify(ready, null, 1));
    const out = path.join(PROJECT_ROOT, 'bench', '.out');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'viz-profile.cpuprofile'), JSON.stringify(profile));
    console.log('   total ms    self ms  function');
    for (const { name, self, total } of times(profile).slice(0, 60)) {
      console.log(`${total.toFixed(1).padStart(10)} ${self.toFixed(1).padStart(10)}  ${name}`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
