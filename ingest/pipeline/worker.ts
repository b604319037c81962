/**
 * The worker thread's side of the pool: receives files' bytes (the pool may queue the next file before the
 * current one is done), runs `processFile` on each in turn and posts the result with the time it took and this thread's heap figures (heap is per thread; RSS is per process).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { threadCpuMs } from './cpu.ts';
import { processFile } from './task.ts';
import type { TaskReply, TaskRequest, WorkerMessage } from './protocol.ts';

if (parentPort === null) throw new Error('ingest/pipeline/worker.ts must run on a worker thread');
const port = parentPort;

let peakHeapUsed = 0;
let peakHeapTotal = 0;

// Files are handled one at a time in arrival order, even when the pool has queued the next one already
// (reading a PDF awaits): replies come back in request order and each one's time is its own.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: TaskRequest) => {
  queue = queue.then(() => handle(request));
});

async function handle(request: TaskRequest): Promise<void> {
  const started = performance.now();
  const result = await processFile(new Uint8Array(request.bytes), request.path);
  const taskMs = performance.now() - started;
  // The heap figures of process.memoryUsage() without its resident-set read (a /proc read per file).
  const heap = getHeapStatistics();
  peakHeapUsed = Math.max(peakHeapUsed, heap.used_heap_size);
  peakHeapTotal = Math.max(peakHeapTotal, heap.total_heap_size);
  const cpu = threadCpuMs();
  const cpuMs = cpu === undefined || cpuAtReady === undefined ? null : cpu - cpuAtReady;
  const reply: TaskReply = {
    type: 'result',
    id: request.id,
    result,
    taskMs,
    cpuMs,
    peakHeapUsed,
    peakHeapTotal,
  };
  port.postMessage(reply);
}
const cpuAtReady = threadCpuMs();
// All modules are loaded once this line runs: tell the pool how long start-up took.
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
