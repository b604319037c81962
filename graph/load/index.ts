/**
 * Public face of the graph loader: `loadExtraction` (idempotent, batched, whole documents per managed
 * transaction) and `resetGraph` (wipe the data, keep the schema).
 */
export { loadExtraction, type LoadFailure, type LoadOptions, type LoadReport } from './load.ts';
export { resetGraph, type ResetReport } from './reset.ts';
export { planUnits, type LoadUnit } from './plan.ts';
export { runUnit, type UnitCounters } from './run.ts';
