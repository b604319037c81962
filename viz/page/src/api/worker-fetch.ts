/**
 * `fetch` run in a small blob worker, for a big answer the page reads as bytes (the graph window in
 * binary). A page's own fetch body is read on its main thread, and Chromium holds back the rest of a large
 * answer until that thread reads it; the main thread is busy building the page while the graph is on its
 * way, so the bytes came in only after it (bench:viz: the last byte 1-1.5 s after the first on loopback).
 * A worker reads them meanwhile and hands them over transferred (no copy), as a `Response` the API client
 * reads as usual. Falls back to the page's fetch where a worker cannot be made.
 */

const SOURCE = `self.onmessage = async (event) => {
  const { url, init } = event.data;
  try {
    const response = await fetch(url, init);
    const body = await response.arrayBuffer();
    const [t] = performance.getEntriesByName(url);
    const timing = t && { origin: performance.timeOrigin, start: t.requestStart, firstByte: t.responseStart, end: t.responseEnd };
    self.postMessage({ status: response.status, statusText: response.statusText, headers: [...response.headers], body, timing }, [body]);
  } catch (error) {
    self.postMessage({ error: String((error && error.message) || error) });
  }
  self.close();
};`;

interface Answer {
  status?: number;
  statusText?: string;
  headers?: [string, string][];
  body?: ArrayBuffer;
  error?: string;
  /** The request's resource timing in the worker (its own time origin). */
  timing?: { origin: number; start: number; firstByte: number; end: number };
}

/** The measure (request sent → last byte, in the page's time) each worker fetch leaves for profiles. */
export const WORKER_FETCH_MEASURE = 'kg:worker-fetch';

/** Leaves the worker's resource timing as a measure on the page (detail: first byte), where it can. */
function measure(url: string, timing: Answer['timing']): void {
  if (!timing || !(timing.end > 0)) return;
  const shift = timing.origin - performance.timeOrigin;
  try {
    performance.measure(WORKER_FETCH_MEASURE, {
      start: timing.start + shift,
      end: timing.end + shift,
      detail: { url, firstByte: timing.firstByte + shift },
    });
  } catch {
    // timings out of range (clock differences): nothing to measure, the fetch itself is fine
  }
}

let workerUrl: string | null = null;

/**
 * @example
 * const response = await workerFetch('/api/graph?format=binary', { headers: { accept: '…' } });
 */
export function workerFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input, window.location.href).href; // a blob worker has no base URL of its own
  let worker: Worker;
  try {
    workerUrl ??= URL.createObjectURL(new Blob([SOURCE], { type: 'text/javascript' }));
    worker = new Worker(workerUrl);
  } catch {
    return fetch(url, init); // no workers (or a policy forbids blob: ones): the page reads it itself
  }
  const { method, headers, credentials } = init;
  return new Promise<Response>((resolve, reject) => {
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(fetch(url, init));
    };
    worker.onmessage = ({ data }: MessageEvent<Answer>) => {
      worker.terminate();
      if (data.error !== undefined || data.body === undefined) {
        reject(new TypeError(`Could not fetch ${input}: ${data.error ?? 'no answer'}`));
        return;
      }
      measure(url, data.timing);
      resolve(
        new Response(data.body, { status: data.status, statusText: data.statusText, headers: data.headers }),
      );
    };
    worker.postMessage({ url, init: { method, headers, credentials } });
  });
}
