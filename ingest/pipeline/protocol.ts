/** Messages between the pool (main thread) and a worker thread. Plain data, sent by structured clone. */
import type { TaskResult } from './task.ts';

export interface TaskRequest {
  id: number;
  path: string;
  /** The file's raw bytes, transferred (not copied) to the worker. */
  bytes: ArrayBuffer;
}

export interface TaskReply {
  type: 'result';
  id: number;
  /** Time spent on this file inside the worker, in ms. */
  taskMs: number;
  /** CPU time of the worker thread since it became ready, in ms (null where it cannot be measured). */
  cpuMs: number | null;
  result: TaskResult;
  /** Highest heap figures of this worker thread so far, in bytes. */
  peakHeapUsed: number;
  peakHeapTotal: number;
}

/** Everything a worker posts: one `ready` once its modules are loaded, then one reply per request. */
export type WorkerMessage = { type: 'ready' } | TaskReply;
