/**
 * The worker thread's side of the pool: receives one file's bytes at a time, runs `processFile` and posts
 * the result with the time it took and this thread's heap figures (heap is per thread; RSS is per process).
 */
import { parentPort } from 'node:worker_threads';
import { threadCpuMs } from './cpu.ts';
import { processFile } from './task.ts';
import type { TaskReply, TaskRequest, WorkerMessage } from './protocol.ts';

const port = parentPort;
if (port === null) throw new Error('ingest/pipeline/worker.ts must run on a worker thread');

let peakHeapUsed = 0;
let peakHeapTotal = 0;

port.on('message', (request: TaskRequest) => {
  const started = performance.now();
  void processFile(new Uint8Array(request.bytes), request.path).then((result) => {
    const taskMs = performance.now() - started;
    const memory = process.memoryUsage();
    peakHeapUsed = Math.max(peakHeapUsed, memory.heapUsed);
    peakHeapTotal = Math.max(peakHeapTotal, memory.heapTotal);
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
  });
});
const cpuAtReady = threadCpuMs();
// All modules are loaded once this line runs: tell the pool how long start-up took.
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
