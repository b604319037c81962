// Worker-thread entry: workers do not inherit the tsx loader of the main thread (bin/kg.js, vitest), so
// each one registers tsx itself and then loads the TypeScript worker module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
