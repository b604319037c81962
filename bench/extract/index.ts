/**
 * `npm run bench:extract [-- --docs N]`: extraction throughput on a generated corpus (2,000 documents by
 * default), single-thread (in-process) against two worker threads IN THE SAME RUN, with memory per worker
 * and a guard over inputs that make NLP libraries slow. Prints figures and PASS/MISS against the targets:
 * ≥ 250 KB/s per worker, ≥ 1.7× on two workers, < 500 MB per worker.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type PipelineRun } from '../../ingest/index.ts';
import { parallelCalibration } from './calibrate.ts';
import { writeCorpus, writePathological } from './corpus.ts';

const TARGET_KB_S_PER_WORKER = 250;
const TARGET_SPEEDUP = 1.7;
const TARGET_MB_PER_WORKER = 500;
const GUARD_LIMIT_MS = 10_000;

const MB = 1024 * 1024;
const docs = Number(process.argv[process.argv.indexOf('--docs') + 1] ?? NaN) || 2000;

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}

function throughput(run: PipelineRun): { seconds: number; kbs: number; docsPerS: number } {
  // Worker start-up (loading modules) is reported apart; the in-process baseline has its modules loaded too.
  const seconds = (run.stats.elapsedMs - run.stats.startupMs) / 1000;
  return {
    seconds,
    kbs: run.stats.bytes / 1024 / seconds,
    docsPerS: run.extraction.documents.length / seconds,
  };
}

const folder = await mkdtemp(join(tmpdir(), 'kg-bench-extract-'));
try {
  const bytes = await writeCorpus(join(folder, 'corpus'), docs);
  console.log(`bench:extract — ${docs} generated documents, ${(bytes / MB).toFixed(2)} MB, in ${folder}`);
  console.log(
    `cores: ${availableParallelism()}, load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  const calibration = await parallelCalibration();
  console.log(
    `calibration: pure CPU work on two threads runs ${calibration.speedup.toFixed(2)}× faster than on one right now` +
      ` (${(calibration.singleMs / 1000).toFixed(1)} s vs ${(calibration.twoMs / 1000).toFixed(1)} s); read the speed-up below against it`,
  );

  // CPU time of the whole process (all threads) per phase: unlike wall-clock figures, it does not depend on
  // what else the machine is running.
  let cpu = process.cpuUsage();
  const single = await runPipeline([join(folder, 'corpus')], { workers: 1 });
  const singleCpu = cpuSeconds(process.cpuUsage(cpu));
  cpu = process.cpuUsage();
  const double = await runPipeline([join(folder, 'corpus')], {
    workers: 2,
    workerHeapMb: TARGET_MB_PER_WORKER,
  });
  const doubleCpu = cpuSeconds(process.cpuUsage(cpu));
  const s = throughput(single);
  const d = throughput(double);
  const speedup = s.seconds / d.seconds;
  const perWorkerKbs = d.kbs / 2;
  const se = s.seconds - single.stats.resolveMs / 1000;
  const de = d.seconds - double.stats.resolveMs / 1000;
  const same = JSON.stringify(single.extraction) === JSON.stringify(double.extraction);

  console.log('');
  console.log(
    `single thread (in-process): ${s.seconds.toFixed(1)} s, ${s.docsPerS.toFixed(1)} documents/s, ${s.kbs.toFixed(0)} KB/s`,
  );
  console.log(
    `two worker threads:         ${d.seconds.toFixed(1)} s, ${d.docsPerS.toFixed(1)} documents/s, ${d.kbs.toFixed(0)} KB/s total, ${perWorkerKbs.toFixed(0)} KB/s per worker` +
      ` (+ ${(double.stats.startupMs / 1000).toFixed(1)} s worker start-up, wall clock ${(double.stats.elapsedMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  per-document preparation for resolution on the main thread as documents arrive (inside the extraction phase): single ${(single.stats.prepareMs / 1000).toFixed(1)} s, two workers ${(double.stats.prepareMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  of which resolution on the main thread: single ${(single.stats.resolveMs / 1000).toFixed(1)} s, two workers ${(double.stats.resolveMs / 1000).toFixed(1)} s;` +
      ` extraction phase alone: ${se.toFixed(1)} s vs ${de.toFixed(1)} s = ${(se / de).toFixed(2)}× speed-up`,
  );
  // Amdahl: resolution runs on the main thread after extraction, so its share caps the two-worker speed-up.
  const serial = single.stats.resolveMs / 1000 / s.seconds;
  console.log(
    `  resolution is ${(serial * 100).toFixed(0)}% of the single-thread time, which caps the two-worker speed-up at ${(1 / (serial + (1 - serial) / 2)).toFixed(2)}×`,
  );
  for (const [i, w] of double.stats.perWorker.entries()) {
    console.log(
      `  worker ${i + 1}: ${w.documents} documents, ${(w.bytes / 1024).toFixed(0)} KB, busy ${(w.busyMs / 1000).toFixed(1)} s` +
        ` (${(w.bytes / 1024 / (w.busyMs / 1000)).toFixed(0)} KB/s), peak heap ${(w.peakHeapUsed / MB).toFixed(0)} MB used / ${(w.peakHeapTotal / MB).toFixed(0)} MB total, crashes ${w.crashes}`,
    );
  }
  console.log(
    `  single thread peak heap ${((single.stats.perWorker[0]?.peakHeapTotal ?? 0) / MB) | 0} MB total; process peak RSS ${(double.stats.maxRssBytes / MB).toFixed(0)} MB (all threads)`,
  );
  console.log(
    `  CPU time: single ${singleCpu.toFixed(1)} s (${(single.stats.bytes / 1024 / singleCpu).toFixed(0)} KB per CPU-second),` +
      ` two workers ${doubleCpu.toFixed(1)} s incl. start-up (${(double.stats.bytes / 1024 / doubleCpu).toFixed(0)} KB per CPU-second)`,
  );
  console.log(
    `  failures: single ${single.extraction.failures.length}, two workers ${double.extraction.failures.length}; identical output: ${same}`,
  );
  if (!same)
    console.log('  (workers load the extraction code when they start: was it edited during the run?)');

  const worstHeap = Math.max(...double.stats.perWorker.map((w) => w.peakHeapTotal)) / MB;
  console.log('');
  console.log(
    `${verdict(s.kbs >= TARGET_KB_S_PER_WORKER)}  single thread ≥ ${TARGET_KB_S_PER_WORKER} KB/s: ${s.kbs.toFixed(0)} KB/s`,
  );
  console.log(
    `${verdict(perWorkerKbs >= TARGET_KB_S_PER_WORKER)}  per worker (2 workers) ≥ ${TARGET_KB_S_PER_WORKER} KB/s: ${perWorkerKbs.toFixed(0)} KB/s`,
  );
  console.log(
    `${verdict(speedup >= TARGET_SPEEDUP)}  speed-up on two workers ≥ ${TARGET_SPEEDUP}×: ${speedup.toFixed(2)}×` +
      ` (${((speedup / calibration.speedup) * 100).toFixed(0)}% of the ${calibration.speedup.toFixed(2)}× this machine gave pure CPU work)`,
  );
  console.log(
    `${verdict(worstHeap < TARGET_MB_PER_WORKER)}  heap per worker < ${TARGET_MB_PER_WORKER} MB (enforced as the worker heap limit): ${worstHeap.toFixed(0)} MB`,
  );
  console.log(`${verdict(same)}  same extraction on one thread and two workers`);

  // The same targets on per-thread CPU time: what two dedicated cores would give, whatever the machine load.
  const cpu1 = single.stats.perWorker[0]?.cpuMs;
  const workersCpu = double.stats.perWorker.map((w) => w.cpuMs);
  if (
    cpu1 &&
    single.stats.resolveCpuMs !== null &&
    double.stats.resolveCpuMs !== null &&
    !workersCpu.includes(null)
  ) {
    const perCpuKbs = double.stats.perWorker.map((w) => w.bytes / 1024 / ((w.cpuMs ?? 1) / 1000));
    const t1 = cpu1 + single.stats.resolveCpuMs;
    const t2 = Math.max(...(workersCpu as number[])) + double.stats.resolveCpuMs;
    const singleCpuKbs = single.stats.bytes / 1024 / (t1 / 1000);
    console.log('');
    console.log(
      `per-thread CPU time: single thread ${(cpu1 / 1000).toFixed(1)} s extraction + ${(single.stats.resolveCpuMs / 1000).toFixed(1)} s resolution;` +
        ` workers ${(workersCpu as number[]).map((ms) => (ms / 1000).toFixed(1)).join(' s, ')} s + ${(double.stats.resolveCpuMs / 1000).toFixed(1)} s resolution`,
    );
    console.log(
      `${verdict(singleCpuKbs >= TARGET_KB_S_PER_WORKER)}  (CPU time) single thread incl. resolution ≥ ${TARGET_KB_S_PER_WORKER} KB/s: ${singleCpuKbs.toFixed(0)} KB/s`,
    );
    console.log(
      `${verdict(Math.min(...perCpuKbs) >= TARGET_KB_S_PER_WORKER)}  (CPU time) per worker, extraction ≥ ${TARGET_KB_S_PER_WORKER} KB/s: ${perCpuKbs.map((k) => k.toFixed(0)).join(', ')} KB/s`,
    );
    console.log(
      `${verdict(t1 / t2 >= TARGET_SPEEDUP)}  (CPU time) speed-up on two dedicated cores ≥ ${TARGET_SPEEDUP}×: ${(t1 / t2).toFixed(2)}×`,
    );
  }

  console.log('');
  const guards = await writePathological(join(folder, 'guard'));
  for (const path of guards) {
    const run = await runPipeline([path], { workers: 1, threads: true, fileTimeoutMs: 6 * GUARD_LIMIT_MS });
    const ms = run.stats.perWorker[0]?.busyMs ?? NaN;
    const failure = run.extraction.failures[0];
    const outcome = failure ? `${failure.code}` : `${run.extraction.entities.length} entities`;
    console.log(
      `${verdict(!failure && ms < GUARD_LIMIT_MS)}  guard ${path.split('/').pop()} (${(run.stats.bytes / 1024).toFixed(0)} KB) < ${GUARD_LIMIT_MS / 1000} s: ${(ms / 1000).toFixed(2)} s, ${outcome}`,
    );
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
