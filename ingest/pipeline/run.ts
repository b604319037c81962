/**
 * A batch: expand the paths, read each file once on the main thread, extract documents on a pool of worker
 * threads (or in-process for one worker), prepare each document's facts for resolution as they arrive, then
 * resolve everything on the main thread in path order. Every
 * failure becomes a Failure in the result and the batch goes on; a crashed worker costs at most one retry.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import type { Entity, Extraction, Failure } from '../../core/model/index.ts';
import { silentLogger, type Logger } from '../../core/log.ts';
import { DEFAULT_MAX_BYTES } from '../read/index.ts';
import { prepareFacts } from '../resolve/index.ts';
import { assemble, type Extracted } from './assemble.ts';
import { threadCpuMs } from './cpu.ts';
import { expandPaths } from './files.ts';
import { newWorkerStats, WorkerSlot, type WorkerStats } from './pool.ts';
import { readFiles, type Duplicate, type SourceFile } from './source.ts';
import { processFile, type TaskResult } from './task.ts';

/** Files sent to a worker thread at once: the one it works on and the next. */
const FILES_IN_FLIGHT_PER_WORKER = 2;

export interface PipelineOptions {
  /**
   * Worker threads; 1 runs in-process. Default: min(available cores, files, one per MB of input) — a thread
   * takes a second or two to load the NLP models, more than a small batch takes to extract in-process.
   */
  workers?: number;
  /** Use worker threads even for one worker (default: only when workers > 1). */
  threads?: boolean;
  /** Entities already in the graph, whose ids resolution reuses. */
  known?: Entity[];
  log?: Logger;
  onProgress?: (done: number, total: number) => void;
  /** Largest file read, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Per-file time limit on a worker thread, in ms (default 120 s). */
  fileTimeoutMs?: number;
  /** Heap limit of each worker thread, in MB (default 2048). */
  workerHeapMb?: number;
}

export interface PipelineStats {
  files: number;
  workers: number;
  inProcess: boolean;
  /** Raw bytes of the files that were extracted. */
  bytes: number;
  elapsedMs: number;
  perWorker: WorkerStats[];
  /** Longest worker start-up (loading modules), in ms; 0 in-process. */
  startupMs: number;
  /** Resolution of all facts on the main thread (after extraction), in ms; part of `elapsedMs`. */
  resolveMs: number;
  /** CPU time of that resolution (main thread), in ms; null where it cannot be measured. */
  resolveCpuMs: number | null;
  /**
   * Per-document part of resolution (prepareFacts) on the main thread as each document's facts arrive, in
   * ms: during extraction, in parallel with the worker threads (in-process: between files).
   */
  prepareMs: number;
  /** Peak resident set size of the whole process so far, in bytes. */
  maxRssBytes: number;
}

export interface PipelineRun {
  extraction: Extraction;
  duplicates: Duplicate[];
  stats: PipelineStats;
}

/**
 * @example
 * const { extraction, duplicates, stats } = await runPipeline(['data/corpus'], { workers: 2 });
 */
export async function runPipeline(
  paths: readonly string[],
  options: PipelineOptions = {},
): Promise<PipelineRun> {
  const started = performance.now();
  const log = options.log ?? silentLogger;
  const files = await expandPaths(paths);
  const total = files.length;
  const workers = Math.max(1, Math.min(options.workers ?? (await defaultWorkers(files)), total));
  const inProcess = workers === 1 && options.threads !== true;
  log.debug('extracting', { files: total, workers, inProcess });

  const extracted: Extracted[] = [];
  const failures: Failure[] = [];
  const duplicates: Duplicate[] = [];
  let done = 0;
  let prepareMs = 0;
  const finish = () => options.onProgress?.(++done, total);
  const record = (path: string, result: TaskResult) => {
    // The document's own part of resolution now, while the workers extract the next files.
    if (result.ok) {
      const t0 = performance.now();
      extracted.push({ document: result.document, prepared: prepareFacts(result.facts) });
      prepareMs += performance.now() - t0;
    } else failures.push(result.failure);
    log.debug(result.ok ? 'extracted' : 'failed', { path });
    finish();
  };
  const source = readFiles(files, options.maxBytes ?? DEFAULT_MAX_BYTES, {
    onFailure: (_index, failure) => {
      failures.push(failure);
      finish();
    },
    onDuplicate: (_index, duplicate) => {
      duplicates.push(duplicate);
      log.debug(`${duplicate.path}: same bytes as ${duplicate.sameAs}; read once`, { ...duplicate });
      finish();
    },
  });

  const inProcessStats = newWorkerStats();
  const slots = inProcess
    ? []
    : Array.from(
        { length: workers },
        () =>
          new WorkerSlot({
            timeoutMs: options.fileTimeoutMs ?? 120_000,
            heapLimitMb: options.workerHeapMb ?? 2048,
          }),
      );
  for (const slot of slots) void slot.start();
  const runInProcess = async (file: SourceFile): Promise<TaskResult> => {
    const t0 = performance.now();
    const cpu0 = threadCpuMs();
    const result = await processFile(file.bytes, file.path);
    const cpu1 = threadCpuMs();
    if (cpu0 === undefined || cpu1 === undefined || inProcessStats.cpuMs === null)
      inProcessStats.cpuMs = null;
    else inProcessStats.cpuMs += cpu1 - cpu0;
    const heap = getHeapStatistics(); // process.memoryUsage()'s heap figures, without its /proc read
    inProcessStats.busyMs += performance.now() - t0;
    inProcessStats.peakHeapUsed = Math.max(inProcessStats.peakHeapUsed, heap.used_heap_size);
    inProcessStats.peakHeapTotal = Math.max(inProcessStats.peakHeapTotal, heap.total_heap_size);
    if (result.ok) {
      inProcessStats.documents++;
      inProcessStats.bytes += file.bytes.byteLength;
    }
    return result;
  };
  const runOnSlot = async (slot: WorkerSlot, file: SourceFile): Promise<TaskResult> => {
    if (!slot.usable) return runInProcess(file);
    const retryCopy = new Uint8Array(file.bytes); // a copy: the original is transferred
    const outcome = await slot.run(file.path, file.bytes);
    if (outcome.kind === 'done') return outcome.result;
    if (outcome.kind === 'requeue') return runOnSlot(slot, { ...file, bytes: retryCopy });
    if (outcome.kind === 'timeout') {
      const seconds = Math.round((options.fileTimeoutMs ?? 120_000) / 1000);
      const message = `${file.path}: extraction took longer than ${seconds} s and was stopped; split the file or report it.`;
      return { ok: false, failure: { path: file.path, code: 'TIMEOUT', message } };
    }
    log.warn(`${file.path}: worker thread crashed (${outcome.message})`, { path: file.path });
    if (outcome.outOfMemory) {
      const message = `${file.path}: extraction ran out of memory on a worker thread; split the file.`;
      return { ok: false, failure: { path: file.path, code: 'OUT_OF_MEMORY', message } };
    }
    return runInProcess({ ...file, bytes: retryCopy });
  };

  try {
    // Each worker gets its next file while it works on the current one, so it never waits for the main
    // thread to take its result and read the next file. Lanes alternate between workers.
    const lanes = inProcess
      ? [undefined]
      : Array.from({ length: FILES_IN_FLIGHT_PER_WORKER }, () => slots).flat();
    await Promise.all(
      lanes.map(async (slot) => {
        for (let next = await source.next(); !next.done; next = await source.next()) {
          const file = next.value;
          record(file.path, slot ? await runOnSlot(slot, file) : await runInProcess(file));
        }
      }),
    );
  } finally {
    await Promise.all(slots.map((slot) => slot.close()));
  }

  const resolveStarted = performance.now();
  const resolveCpu = threadCpuMs();
  const extraction = assemble(extracted, failures, options.known ?? []);
  const resolveMs = performance.now() - resolveStarted;
  const resolveCpuEnd = threadCpuMs();
  const resolveCpuMs =
    resolveCpu === undefined || resolveCpuEnd === undefined ? null : resolveCpuEnd - resolveCpu;
  const perWorker = inProcess ? [inProcessStats] : slots.map((slot) => slot.stats);
  const stats: PipelineStats = {
    files: total,
    workers,
    inProcess,
    bytes: perWorker.reduce((sum, s) => sum + s.bytes, 0) + (inProcess ? 0 : inProcessStats.bytes),
    elapsedMs: performance.now() - started,
    startupMs: Math.max(0, ...perWorker.map((s) => s.startupMs)),
    resolveMs,
    resolveCpuMs,
    prepareMs,
    perWorker,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  return { extraction, duplicates, stats };
}

const BYTES_PER_DEFAULT_WORKER = 1024 * 1024;

async function defaultWorkers(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (info) => info.size,
        () => 0,
      ),
    ),
  );
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  return Math.min(availableParallelism(), files.length, Math.ceil(bytes / BYTES_PER_DEFAULT_WORKER));
}
