/**
 * One worker thread of the pool and the files sent to it, in order: the one it is working on and any queued
 * behind it (so the thread never waits for the main thread between files). A worker that crashes or runs
 * past the per-file time limit is reported for the file it was working on only; files queued behind it are
 * handed back to be run again, and a fresh thread takes the next one. After repeated crashes the slot gives
 * up on threads (the pipeline then runs its files in-process).
 */
import { Worker } from 'node:worker_threads';
import type { TaskRequest, WorkerMessage } from './protocol.ts';
import type { TaskResult } from './task.ts';

export type SlotOutcome =
  | { kind: 'done'; result: TaskResult }
  | { kind: 'crashed'; message: string; outOfMemory: boolean }
  | { kind: 'timeout' }
  /** The thread died before starting this file (it was queued behind one that crashed): run it again. */
  | { kind: 'requeue' };

export interface SlotOptions {
  /** Per-file time limit on a worker, in ms. */
  timeoutMs: number;
  /** Old-generation heap limit of each worker thread, in MB. */
  heapLimitMb: number;
}

export interface WorkerStats {
  documents: number;
  bytes: number;
  /** Time spent extracting, measured inside the thread (start-up excluded). */
  busyMs: number;
  /** CPU time of the extracting thread(s), start-up excluded; null where it cannot be measured. */
  cpuMs: number | null;
  /** Time from spawning the thread(s) to their modules being loaded. */
  startupMs: number;
  peakHeapUsed: number;
  peakHeapTotal: number;
  crashes: number;
}

const MAX_CRASHES = 3;
const BOOT = new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url).href;

interface Pending {
  id: number;
  timedOut: boolean;
  timer?: NodeJS.Timeout;
  settle: (outcome: SlotOutcome) => void;
}

/** Counters of a thread that has done nothing yet. */
export function newWorkerStats(): WorkerStats {
  return {
    documents: 0,
    bytes: 0,
    busyMs: 0,
    cpuMs: 0,
    startupMs: 0,
    peakHeapUsed: 0,
    peakHeapTotal: 0,
    crashes: 0,
  };
}

export class WorkerSlot {
  readonly stats: WorkerStats = newWorkerStats();
  private worker: Worker | undefined;
  /** Files sent to the current thread, oldest first: the first is the one it is working on. */
  private queue: Pending[] = [];
  private lastError = '';
  private nextId = 0;
  private ready: Promise<void> = Promise.resolve();

  constructor(private readonly options: SlotOptions) {}

  /** False once this slot's threads crashed too often to keep trying. */
  get usable(): boolean {
    return this.stats.crashes < MAX_CRASHES;
  }

  /** Files sent and not answered yet. */
  get inFlight(): number {
    return this.queue.length;
  }

  /** Runs one file on this slot's thread. The bytes are transferred: the caller must not reuse them. */
  run(path: string, bytes: Uint8Array): Promise<SlotOutcome> {
    const worker = this.worker ?? this.spawn();
    const id = this.nextId++;
    const size = bytes.byteLength;
    const own =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : (new Uint8Array(bytes).buffer as ArrayBuffer);
    return new Promise<SlotOutcome>((resolve) => {
      const pending: Pending = {
        id,
        timedOut: false,
        settle: (outcome) => {
          clearTimeout(pending.timer);
          if (outcome.kind === 'done' && outcome.result.ok) {
            this.stats.documents++;
            this.stats.bytes += size;
          }
          resolve(outcome);
        },
      };
      this.queue.push(pending);
      // The clock starts once the thread has loaded its modules: start-up is not the file's fault.
      if (this.queue.length === 1) void this.ready.then(() => this.startClock(worker, pending));
      const request: TaskRequest = { id, path, bytes: own };
      worker.postMessage(request, [own]);
    });
  }

  /** Per-file time limit of the file the thread is now working on. */
  private startClock(worker: Worker, pending: Pending): void {
    if (this.queue[0] !== pending || pending.timer !== undefined) return;
    pending.timer = setTimeout(() => {
      if (this.queue[0] === pending) pending.timedOut = true;
      void worker.terminate();
    }, this.options.timeoutMs);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  /** Starts the thread now (rather than on the first file) and resolves once its modules are loaded. */
  start(): Promise<void> {
    if (!this.worker) this.spawn();
    return this.ready;
  }

  private spawn(): Worker {
    const spawned = performance.now();
    let markReady: () => void = () => undefined;
    let isReady = false;
    let lastCpu = 0;
    this.ready = new Promise<void>((resolve) => (markReady = resolve));
    const worker = new Worker(BOOT, {
      workerData: { entry: ENTRY },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapLimitMb },
    });
    worker.on('message', (reply: WorkerMessage) => {
      if (reply.type === 'ready') {
        isReady = true;
        this.stats.startupMs += performance.now() - spawned;
        markReady();
        return;
      }
      this.stats.busyMs += reply.taskMs;
      if (reply.cpuMs === null || this.stats.cpuMs === null) this.stats.cpuMs = null;
      else this.stats.cpuMs += reply.cpuMs - lastCpu;
      lastCpu = reply.cpuMs ?? 0;
      this.stats.peakHeapUsed = Math.max(this.stats.peakHeapUsed, reply.peakHeapUsed);
      this.stats.peakHeapTotal = Math.max(this.stats.peakHeapTotal, reply.peakHeapTotal);
      // The thread answers in request order.
      const done = this.queue[0];
      if (done?.id !== reply.id) return;
      this.queue.shift();
      const next = this.queue[0];
      if (next) this.startClock(worker, next);
      done.settle({ kind: 'done', result: reply.result });
    });
    worker.on('error', (error) => {
      this.lastError = `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}`;
    });
    worker.on('exit', () => {
      markReady();
      if (this.worker === worker) this.worker = undefined;
      const [current, ...queued] = this.queue;
      this.queue = [];
      if (!current) return;
      if (current.timedOut) current.settle({ kind: 'timeout' });
      else {
        this.stats.crashes++;
        const message = this.lastError || 'the worker thread exited unexpectedly';
        // Running out of memory while loading modules says nothing about the file; while extracting, it does.
        const outOfMemory = isReady && message.includes('ERR_WORKER_OUT_OF_MEMORY');
        current.settle({ kind: 'crashed', message, outOfMemory });
      }
      for (const pending of queued) pending.settle({ kind: 'requeue' });
    });
    this.worker = worker;
    this.lastError = '';
    return worker;
  }
}
