/** Messages between the pool (main thread) and a worker thread. Plain data, sent by structured clone. */
import type { TaskResult } from './task.ts';

export interface TaskRequest {
  id: number;
  path: string;
  /** The file's raw bytes, transferred (not copied) to the worker. */
  bytes: ArrayBuffer;
}

export interface TaskReply {
  id: number;
  result: TaskResult;
  /** Highest heap figures of this worker thread so far, in bytes. */
  peakHeapUsed: number;
  peakHeapTotal: number;
}
