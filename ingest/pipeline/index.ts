/**
 * Batch orchestration: many paths to one Extraction, on worker threads, deterministic, failure-tolerant;
 * and the extraction file on disk.
 */
export { runPipeline, type PipelineOptions, type PipelineRun, type PipelineStats } from './run.ts';
export { expandPaths } from './files.ts';
export { readExtraction, writeExtraction } from './store.ts';
export type { Duplicate } from './source.ts';
export type { WorkerStats } from './pool.ts';
export { failureLine, formatSummary, summarize, type ExtractionSummary } from './summary.ts';
