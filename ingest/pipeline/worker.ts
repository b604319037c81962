/**
 * The worker thread's side of the pool: receives one file's bytes at a time, runs `processFile` and posts
 * the result with this thread's heap figures (heap is per thread; RSS is the whole process).
 */
import { parentPort } from 'node:worker_threads';
import { processFile } from './task.ts';
import type { TaskReply, TaskRequest } from './protocol.ts';

const port = parentPort;
if (port === null) throw new Error('ingest/pipeline/worker.ts must run on a worker thread');

let peakHeapUsed = 0;
let peakHeapTotal = 0;

port.on('message', (request: TaskRequest) => {
  void processFile(new Uint8Array(request.bytes), request.path).then((result) => {
    const memory = process.memoryUsage();
    peakHeapUsed = Math.max(peakHeapUsed, memory.heapUsed);
    peakHeapTotal = Math.max(peakHeapTotal, memory.heapTotal);
    const reply: TaskReply = { id: request.id, result, peakHeapUsed, peakHeapTotal };
    port.postMessage(reply);
  });
});
