/**
 * Calibration for the two-worker figures: how much faster two threads finish two units of pure CPU work
 * than one thread finishes both, measured right now on this machine. On two idle cores it is close to 2×;
 * when other processes hold a core it drops towards 1×. The extraction speed-up is read against it.
 */
import { Worker } from 'node:worker_threads';

const UNIT = `
  let x = 0;
  for (let i = 0; i < 2e8; i++) x = (x * 31 + i) % 1000003;
  const keys = new Set();
  for (let i = 0; i < 2e5; i++) keys.add('k' + ((i * 7919) % 100000));
  x + keys.size;
`;

const runUnit = (): void => void new Function(UNIT)();

function runUnitInWorker(): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(`${UNIT}; require('node:worker_threads').parentPort.postMessage(0);`, {
      eval: true,
    });
    worker.once('message', () => void worker.terminate().then(() => resolve()));
    worker.once('error', reject);
  });
}

/**
 * @example
 * const { speedup } = await parallelCalibration(); // e.g. 1.95 on two idle cores
 */
export async function parallelCalibration(): Promise<{ singleMs: number; twoMs: number; speedup: number }> {
  let start = performance.now();
  runUnit();
  runUnit();
  const singleMs = performance.now() - start;
  start = performance.now();
  await Promise.all([runUnitInWorker(), runUnitInWorker()]);
  const twoMs = performance.now() - start;
  return { singleMs, twoMs, speedup: singleMs / twoMs };
}
