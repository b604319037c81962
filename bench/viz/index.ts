/**
 * `npm run bench:viz`: the viewer's network in Chromium with a synthetic graph of 20k nodes and 60k edges,
 * and a 2k/6k graph measured in the same run as the baseline. Figures: time to first render, frames per
 * second while the camera pans and zooms (requestAnimationFrame count, ~5 s) and as a share of what a bare
 * WebGL page gets in the same browser, the time a hover takes to be drawn (a full sigma refresh), ForceAtlas2
 * iterations per second in the web worker vs. synchronously on the main thread. Targets: ≥ 30 FPS and first
 * render < 3 s. The page (bench/viz/page) uses the viewer's own graph, renderer (its WebGL programs and
 * level-of-detail settings), reducers, view keeper and layout. Same-run ceilings: a bare WebGL page drawing
 * as many triangles as there are nodes, as plain vertex arrays and instanced. Pan/zoom is also measured
 * with edges and labels drawn while moving (the viewer hides them on big graphs), alternated with the
 * viewer's settings, and with the layers a moving frame leaves empty left on screen (network/frames.ts
 * hides them), alternated with the viewer, at 1280×720 and 1920×1080. Last, the whole viewer (viz/page with every panel, bench/viz/viewer.ts) on the target
 * graph: its first render, and how much JavaScript it loaded before it. And an A/B of the first render with
 * the graph's adjacency in dictionary mode (network/adjacency.ts) or graphology's own, pages alternated,
 * and one of the first render with the picking pass just after the first frame (network/picking.ts) or in
 * it. The graph request preloaded by the HTML or not is a separate A/B: `npx tsx bench/viz/preload.ts`;
 * so is the graph loaded as binary columns (the viewer) or gzipped JSON ones: `npx tsx bench/viz/binary.ts`.
 */
import type { Browser } from 'playwright-core';
import os from 'node:os';
import { loadConfig } from '../../core/config.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { benchData, buildBenchPage, savePositionsBeforeLoad, serve, type BenchData } from './harness.ts';
import { adjacencyAb, formatAdjacencyAb, type AdjacencyAb } from './adjacency.ts';
import { buildViewer, serveViewer, viewerFirstRender } from './viewer.ts';
import { formatPickingAb, pickingAb, type PickingAb } from './picking.ts';

const SIZES = [
  { label: 'baseline 2k/6k', nodes: 2_000, edges: 6_000, syncIterations: 20 },
  { label: 'target 20k/60k', nodes: 20_000, edges: 60_000, syncIterations: 3 },
];

/** bench/viz/page/main.js `panZoomResolution`: FPS of each variant, nodes canvas size moving and at rest. */
interface Resolution {
  reduced: number;
  full: number;
  moving: { width: number; height: number } | null;
  rest: { width: number; height: number };
}

/** Pan/zoom of the target graph in a 1920×1080 page. */
interface Wide {
  fps: number;
  resolution: Resolution;
  layers: Layers;
}

/** bench/viz/page/main.js `panZoomLayers`: FPS with the layers left empty while moving hidden or shown. */
interface Layers {
  hidden: number;
  shown: number;
}

const size = (s: { width: number; height: number } | null | undefined) =>
  s ? `${s.width}×${s.height}` : 'n/a';

interface Figures {
  nodes: number;
  edges: number;
  fetchedMs: number;
  firstRenderMs: number;
  /** When hover and click work: the picking pass drawn (after the first frame on big graphs, picking.ts). */
  pickingReadyMs: number;
  /** Where the first render's time went, in ms (bench/viz/page/main.js `load`). */
  phases: Record<'page' | 'renderer' | 'fetch' | 'graph' | 'sigma' | 'gpu', number>;
  /**
   * The graph request (ms since navigation): sent, first byte, last byte (resource timing), saved positions
   * read, the page's fetch resolved (headers), body parsed, answer checked.
   */
  request: Record<'start' | 'firstByte' | 'end' | 'positionsRead' | 'headers' | 'parsed' | 'checked', number>;
  panZoom: { fps: number; renderFps: number; seconds: number };
  /** Pan/zoom FPS with nodes as points while moving (the viewer) vs circles in every frame, alternated. */
  lod: { lod: number; circles: number };
  /** Pan/zoom FPS with the viewer's settings vs everything (edges, labels, picking) drawn while moving. */
  hidden: { viewer: number; everything: number };
  /** Pan/zoom FPS with reduced resolution while moving (the viewer) vs full resolution, alternated. */
  resolution: Resolution;
  /** Pan/zoom FPS with empty layers hidden while moving (the viewer) vs left on screen, alternated. */
  layers: Layers;
  hover: { ms: number };
  /** sigma settings in effect for this size (scale.ts): what the pan/zoom figure includes. */
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
  defaultEdgeType: string;
  worker: { perSecond: number; fps: number; iterations: number; copies: number; stopMs: number };
  sync: { perSecond: number };
}

/**
 * Frames per second of a bare WebGL page (sigma's context attributes, paced by requestAnimationFrame like
 * the pan/zoom figure) drawing `count` small triangles per frame (one per node, the size of sigma's node
 * triangles), as plain vertex arrays (what the viewer's programs do, programs.ts) and as one instanced draw
 * (what sigma 3.0.3's own programs do): the ceiling for drawing that many nodes in this browser.
 */
async function bareTrianglesFps(
  browser: Browser,
  count: number,
): Promise<{ plain: number; instanced: number; points: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.setContent('<canvas id="c" width="1280" height="720"></canvas>');
  const result = await page.evaluate<{
    plain: number;
    instanced: number;
    points: number;
  }>(`(async (count) => {
    // the context attributes sigma uses (antialiasing would multiply the fill cost in software)
    const gl = document.getElementById('c').getContext('webgl2', { antialias: false, preserveDrawingBuffer: false });
    const shader = (type, source) => {
      const s = gl.createShader(type);
      gl.shaderSource(s, source);
      gl.compileShader(s);
      return s;
    };
    const program = (vertex) => {
      const p = gl.createProgram();
      gl.attachShader(p, shader(gl.VERTEX_SHADER, vertex));
      gl.attachShader(p, shader(gl.FRAGMENT_SHADER, 'precision mediump float; void main() { gl_FragColor = vec4(0.2, 0.4, 0.8, 1.0); }'));
      gl.linkProgram(p);
      return p;
    };
    const plain = program('attribute vec2 p; void main() { gl_Position = vec4(p, 0, 1); }');
    const instanced = program('attribute vec2 p; attribute float a; void main() { gl_Position = vec4(p + 0.012 * vec2(cos(a), sin(a)), 0, 1); }');
    const points = program('attribute vec2 p; void main() { gl_Position = vec4(p, 0, 1); gl_PointSize = 12.0; }');
    const centres = new Float32Array(count * 2).map(() => Math.random() * 1.8 - 0.9);
    const vertices = new Float32Array(count * 6);
    for (let i = 0; i < count; i++)
      for (let k = 0; k < 3; k++) {
        vertices[i * 6 + k * 2] = centres[i * 2] + 0.012 * Math.cos(k * 2.094);
        vertices[i * 6 + k * 2 + 1] = centres[i * 2 + 1] + 0.012 * Math.sin(k * 2.094);
      }
    const buffer = (data) => {
      const b = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, b);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
      return b;
    };
    const bVertices = buffer(vertices), bCentres = buffer(centres), bAngles = buffer(new Float32Array([0, 2.094, 4.189]));
    // paced by requestAnimationFrame and composited, like the pan/zoom figure of the viewer
    const fps = (draw) =>
      new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = () => {
          frames += 1;
          gl.clear(gl.COLOR_BUFFER_BIT);
          draw();
          if (performance.now() - start < 2000) requestAnimationFrame(tick);
          else resolve(frames / ((performance.now() - start) / 1000));
        };
        requestAnimationFrame(tick);
      });
    const attribute = (p, name, b, size, divisor) => {
      const at = gl.getAttribLocation(p, name);
      gl.bindBuffer(gl.ARRAY_BUFFER, b);
      gl.enableVertexAttribArray(at);
      gl.vertexAttribPointer(at, size, gl.FLOAT, false, 0, 0);
      gl.vertexAttribDivisor(at, divisor);
    };
    const plainFps = await fps(() => {
      gl.useProgram(plain);
      attribute(plain, 'p', bVertices, 2, 0);
      gl.drawArrays(gl.TRIANGLES, 0, count * 3);
    });
    const instancedFps = await fps(() => {
      gl.useProgram(instanced);
      attribute(instanced, 'a', bAngles, 1, 0);
      attribute(instanced, 'p', bCentres, 2, 1);
      gl.drawArraysInstanced(gl.TRIANGLES, 0, 3, count);
    });
    const pointsFps = await fps(() => {
      gl.useProgram(points);
      attribute(points, 'p', bCentres, 2, 0);
      gl.drawArrays(gl.POINTS, 0, count);
    });
    return { plain: plainFps, instanced: instancedFps, points: pointsFps };
  })(${count})`);
  await page.close();
  return result;
}

/** Frames per second of a page that only clears a full-size WebGL canvas: what this machine allows at best. */
async function bareWebGlFps(browser: Browser): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.setContent('<canvas id="c" width="1280" height="720"></canvas>');
  const fps = await page.evaluate<number>(`new Promise((resolve) => {
    const gl = document.getElementById('c').getContext('webgl2', { antialias: false, preserveDrawingBuffer: false });
    let frames = 0;
    const start = performance.now();
    const tick = () => {
      frames += 1;
      gl.clearColor(frames % 2, 0.5, 0.5, 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
      if (performance.now() - start < 3000) requestAnimationFrame(tick);
      else resolve(frames / ((performance.now() - start) / 1000));
    };
    requestAnimationFrame(tick);
  })`);
  await page.close();
  return fps;
}

/**
 * Frames per second of a page with sigma's stack of full-size layers (three WebGL canvases, three 2D
 * canvases, absolutely placed over each other, sigma's context attributes) that only clears them each
 * frame: `all` clears the six as sigma 3.0.3 does in every frame, `one` clears one WebGL canvas only (what
 * network/frames.ts leaves of that work while moving). The floor a moving frame of the viewer sits on.
 */
async function bareLayersFps(browser: Browser): Promise<{ all: number; one: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.setContent(
    '<div style="position:absolute;inset:0">' +
      ['g', 'g', 'g', 'c', 'c', 'c']
        .map(
          (k, i) =>
            `<canvas id="${k}${i}" width="1280" height="720" style="position:absolute;inset:0"></canvas>`,
        )
        .join('') +
      '</div>',
  );
  const result = await page.evaluate<{ all: number; one: number }>(`(async () => {
    const canvases = [...document.querySelectorAll('canvas')];
    const gls = canvases.filter((c) => c.id.startsWith('g')).map((c) => c.getContext('webgl2', { antialias: false, preserveDrawingBuffer: false }));
    const c2ds = canvases.filter((c) => c.id.startsWith('c')).map((c) => c.getContext('2d'));
    const fps = (frame) => new Promise((resolve) => {
      let frames = 0;
      const start = performance.now();
      const tick = () => {
        frames += 1;
        frame(frames);
        if (performance.now() - start < 2000) requestAnimationFrame(tick);
        else resolve(frames / ((performance.now() - start) / 1000));
      };
      requestAnimationFrame(tick);
    });
    const all = await fps((n) => {
      for (const gl of gls) { gl.clearColor(0, 0, n % 2, 0.1); gl.clear(gl.COLOR_BUFFER_BIT); }
      for (const c of c2ds) c.clearRect(0, 0, 1280, 720);
    });
    const one = await fps((n) => { gls[1].clearColor(0, 0, n % 2, 0.1); gls[1].clear(gls[1].COLOR_BUFFER_BIT); });
    return { all, one };
  })()`);
  await page.close();
  return result;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  const config = loadConfig();
  console.log('bench:viz: building the benchmark page (Vite)…');
  await buildBenchPage();
  // the API answer serialised once per size, before the page loads (the server's Neo4j read is not timed);
  // compression happens per request, in the viewer server's plugin, inside the page's fetch phase
  let current: BenchData | undefined;
  const { app, origin } = await serve(() => current!);
  console.log('bench:viz: building the viewer (Vite)…');
  await buildViewer();
  const viewer = await serveViewer(() => current!);
  const browser = await launchChromium(config.chromium);
  const results: { label: string; figures: Figures }[] = [];
  let calibration: number | undefined;
  let layers: { all: number; one: number } | undefined;
  const ceilings = new Map<number, { plain: number; instanced: number; points: number }>();
  const bytes = new Map<number, BenchData['bytes']>();
  const viewerRenders: Awaited<ReturnType<typeof viewerFirstRender>>[] = [];
  let wide: Wide | undefined;
  let adjacency: AdjacencyAb | undefined;
  let picking: PickingAb | undefined;
  try {
    calibration = await bareWebGlFps(browser);
    layers = await bareLayersFps(browser);
    for (const size of SIZES) ceilings.set(size.nodes, await bareTrianglesFps(browser, size.nodes));
    for (const size of SIZES) {
      current = benchData(size.nodes, size.edges);
      bytes.set(size.nodes, current.bytes);
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await savePositionsBeforeLoad(page, current);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(origin + '/');
      const figures = await page.evaluate<Figures, number>(async (syncIterations) => {
        const bench = (
          globalThis as unknown as {
            bench: Record<string, (...a: number[]) => Promise<never>> & { ready: Promise<never> };
          }
        ).bench;
        const ready: Omit<
          Figures,
          'panZoom' | 'lod' | 'hidden' | 'resolution' | 'layers' | 'hover' | 'worker' | 'sync'
        > = await bench.ready;
        const panZoom = await bench.panZoom!(5_000);
        const lod = await bench.panZoomLod!(4_000);
        const hidden = await bench.panZoomHidden!(4_000);
        const resolution = await bench.panZoomResolution!(4_000);
        const layers = await bench.panZoomLayers!(4_000);
        const hover = await bench.hover!(6);
        const worker = await bench.layoutWorker!(4_000);
        const sync = await bench.layoutSync!(syncIterations);
        return { ...ready, panZoom, lod, hidden, resolution, layers, hover, worker, sync };
      }, size.syncIterations);
      if (errors.length > 0) throw new Error(`bench:viz: the page failed: ${errors.join('; ')}`);
      results.push({ label: size.label, figures });
      await page.close();
    }
    // the target graph on a 1920×1080 screen (a projector): pan/zoom only
    {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await savePositionsBeforeLoad(page, current!);
      await page.goto(origin + '/');
      wide = await page.evaluate<Wide>(`(async () => {
        await window.bench.ready;
        const panZoom = await window.bench.panZoom(3000);
        const resolution = await window.bench.panZoomResolution(4000);
        const layers = await window.bench.panZoomLayers(4000);
        return { fps: panZoom.fps, resolution, layers };
      })()`);
      await page.close();
    }
    // first render with and without dictionary-mode adjacency (network/adjacency.ts), alternated
    adjacency = await adjacencyAb(browser, origin, current!, 3);
    // first render with the picking pass just after the first frame (network/picking.ts) or in it
    picking = await pickingAb(browser, origin, current!, 3);
    // the whole viewer (every panel mounted) on the target graph, twice, after the benchmark pages
    for (let i = 0; i < 2; i++) viewerRenders.push(await viewerFirstRender(browser, viewer.origin, current!));
    const viewerErrors = viewerRenders.flatMap((r) => r.errors);
    if (viewerErrors.length > 0) throw new Error(`bench:viz: the viewer failed: ${viewerErrors.join('; ')}`);
  } finally {
    await viewer.app.close();
    await browser.close();
    await app.close();
  }

  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const ceiling = (nodes: number) =>
    ceilings.get(nodes) ?? { plain: Number.NaN, instanced: Number.NaN, points: Number.NaN };
  console.log(
    `\nviewer benchmark (Chromium headless, software WebGL via SwiftShader, 1280×720, devicePixelRatio 1)`,
  );
  console.log(`machine: ${os.cpus().length} CPU(s), load average ${load} (figures scale with free CPU)\n`);
  console.log(
    'graph            | first render | pan/zoom FPS (rAF / sigma renders) | bare WebGL, same node count: plain / instanced FPS | hover drawn in | layout it/s in worker (page FPS) | main-thread it/s',
  );
  for (const { label, figures: f } of results) {
    const c = ceiling(f.nodes);
    console.log(
      `${label.padEnd(16)} | ${fmt(f.firstRenderMs, 0).padStart(7)} ms   | ${fmt(f.panZoom.fps).padStart(6)} / ${fmt(f.panZoom.renderFps).padEnd(26)} | ${fmt(c.plain).padStart(6)} / ${fmt(c.instanced).padEnd(42)} | ${fmt(f.hover.ms, 0).padStart(8)} ms    | ${fmt(f.worker.perSecond).padStart(6)} (${fmt(f.worker.fps)} FPS)${' '.repeat(14)} | ${fmt(f.sync.perSecond).padStart(6)}`,
    );
  }
  console.log('');
  for (const { label, figures: f } of results) {
    const p = f.phases;
    console.log(
      `${label}: first render = page ${fmt(p.page, 0)} + renderer ${fmt(p.renderer, 0)} + fetch/parse ${fmt(p.fetch, 0)} + graph build ${fmt(p.graph, 0)} + sigma refresh ${fmt(p.sigma, 0)} + GPU ${fmt(p.gpu, 0)} ms; hover and click ready at ${fmt(f.pickingReadyMs, 0)} ms`,
    );
    console.log(
      `${label}: bare WebGL drawing ${f.nodes} points (one vertex each, what network/lod.ts draws while moving): ${fmt(ceiling(f.nodes).points)} FPS`,
    );
    console.log(
      `${label}: graph request in binary (ms since navigation): sent ${fmt(f.request.start, 0)}, first byte ${fmt(f.request.firstByte, 0)}, last byte ${fmt(f.request.end, 0)}, saved positions read ${fmt(f.request.positionsRead, 0)}, fetch resolved ${fmt(f.request.headers, 0)}, bytes read ${fmt(f.request.parsed, 0)}, decoded and checked ${fmt(f.request.checked, 0)}`,
    );
    console.log(
      `${label}: pan/zoom alternated in the same page: ${fmt(f.lod.lod)} FPS with nodes as points while moving (network/lod.ts), ${fmt(f.lod.circles)} FPS with circles`,
    );
    console.log(
      `${label}: pan/zoom alternated in the same page: ${fmt(f.hidden.viewer)} FPS with the viewer's settings (edges ${f.hideEdgesOnMove ? 'HIDDEN' : 'drawn'}, labels ${f.hideLabelsOnMove ? 'hidden' : 'drawn'} while moving), ${fmt(f.hidden.everything)} FPS with edges, labels and picking drawn in every moving frame`,
    );
    console.log(
      `${label}: pan/zoom alternated in the same page: ${fmt(f.resolution.reduced)} FPS with moving frames drawn at ${size(f.resolution.moving)} px and stretched (network/resolution.ts; ${size(f.resolution.rest)} at rest), ${fmt(f.resolution.full)} FPS at full resolution in every frame`,
    );
    console.log(
      `${label}: pan/zoom alternated in the same page: ${fmt(f.layers.hidden)} FPS with the layers a moving frame leaves empty hidden (network/frames.ts), ${fmt(f.layers.shown)} FPS with them on screen`,
    );
    const b = bytes.get(f.nodes);
    if (b) {
      console.log(
        `${label}: GET /api/graph answer ${fmt(b.binary / 1e6, 2)} MB in binary columns (what the viewer loads, not compressed), ${fmt(b.columns / 1e6, 2)} MB in JSON columns and ${fmt(b.objects / 1e6, 2)} MB as JSON objects before compression`,
      );
    }
    console.log(
      `${label}: level of detail (network/scale.ts): edges ${f.hideEdgesOnMove ? 'hidden' : 'drawn'}, labels ${f.hideLabelsOnMove ? 'hidden' : 'drawn'}${f.hideEdgesOnMove ? ', no picking pass' : ''} while the camera moves; edges drawn as '${f.defaultEdgeType}'`,
    );
    console.log(
      `${label}: layout ${f.worker.iterations} iterations in the worker, ${f.worker.copies} copies drawn (throttled), stopping (last copy + noverlap) ${fmt(f.worker.stopMs, 0)} ms`,
    );
  }
  console.log(
    `calibration: a bare WebGL clear loop (no sigma) runs at ${fmt(calibration ?? Number.NaN)} FPS in this browser right now`,
  );
  console.log(
    `calibration: sigma's six stacked layers, only cleared each frame: ${fmt(layers?.all ?? Number.NaN)} FPS clearing all six (sigma 3.0.3's every frame), ${fmt(layers?.one ?? Number.NaN)} FPS clearing one WebGL layer (network/frames.ts while moving)`,
  );
  const target = results.find((r) => r.label.startsWith('target'))!.figures;
  const base = results.find((r) => r.label.startsWith('baseline'))!.figures;
  const targetCeiling = ceiling(target.nodes).plain;
  for (const r of viewerRenders) {
    console.log(
      `viewer (viz/page, every panel, stand-in API) on ${target.nodes}/${target.edges}: first render ${fmt(r.ms, 0)} ms (graph drawn at ${fmt(r.drawnMs, 0)} ms, then GPU), ${fmt(r.scriptBytes / 1e3, 0)} KB of JavaScript before it`,
    );
  }
  if (adjacency) {
    for (const line of formatAdjacencyAb(adjacency)) console.log(`${target.nodes}/${target.edges} ${line}`);
  }
  if (picking) {
    for (const line of formatPickingAb(picking)) console.log(`${target.nodes}/${target.edges} ${line}`);
  }
  console.log('\ntargets (20k nodes / 60k edges):');
  console.log(
    `  first render < 3 s:        ${fmt(target.firstRenderMs / 1000, 2)} s  ${verdict(target.firstRenderMs < 3_000)}`,
  );
  console.log(
    `  first render of the whole viewer < 3 s: ${viewerRenders.map((r) => fmt(r.ms / 1000, 2)).join(' / ')} s  ${verdict(viewerRenders.every((r) => r.ms < 3_000))}`,
  );
  console.log(
    `  FPS while panning/zooming ≥ 30: ${fmt(target.panZoom.fps)}  ${verdict(target.panZoom.fps >= 30)}; ${fmt((100 * target.panZoom.fps) / targetCeiling, 0)}% of a bare WebGL page drawing ${target.nodes} triangles (${fmt(targetCeiling)} FPS); edges ${target.hideEdgesOnMove ? 'HIDDEN while moving' : 'drawn'}, moving frames drawn at ${size(target.resolution.moving)} px and stretched to ${size(target.resolution.rest)} (full resolution at rest; ${fmt(target.resolution.full)} FPS at full resolution in every frame, same run)`,
  );
  if (wide) {
    console.log(
      `  FPS while panning/zooming at 1920×1080: ${fmt(wide.fps)}  ${verdict(wide.fps >= 30)}; alternated: ${fmt(wide.resolution.reduced)} with moving frames at ${size(wide.resolution.moving)} px (${size(wide.resolution.rest)} at rest), ${fmt(wide.resolution.full)} at full resolution; ${fmt(wide.layers.hidden)} with empty layers hidden while moving, ${fmt(wide.layers.shown)} with them on screen`,
    );
  }
  console.log(
    `  FPS while panning/zooming with edges drawn while moving: ${fmt(target.hidden.everything)}  ${verdict(target.hidden.everything >= 30)} (viewer's settings in the same alternation: ${fmt(target.hidden.viewer)})`,
  );
  console.log(
    `  layout in the worker vs main thread: ${fmt(target.worker.perSecond)} vs ${fmt(target.sync.perSecond)} it/s, page at ${fmt(target.worker.fps)} FPS during the worker layout`,
  );
  console.log(
    `  cost of size (vs 2k baseline): first render ×${fmt(target.firstRenderMs / base.firstRenderMs, 2)}, FPS ×${fmt(target.panZoom.fps / base.panZoom.fps, 2)}, hover ×${fmt(target.hover.ms / base.hover.ms, 2)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
