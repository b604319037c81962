/**
 * Public face of the ingest stage: documents on disk → an Extraction (documents, entities, relations,
 * mentions, failures), and the extraction file. Other stages import from here, not from sub-folders.
 */
import type { Extraction } from '../core/model/index.ts';
import { runPipeline, type PipelineOptions } from './pipeline/index.ts';

export { readDocument, DEFAULT_MAX_BYTES, SUPPORTED_EXTENSIONS, type ReadOptions } from './read/index.ts';
export {
  expandPaths,
  failureLine,
  formatSummary,
  readExtraction,
  runPipeline,
  summarize,
  writeExtraction,
  type ExtractionSummary,
  type Duplicate,
  type PipelineOptions,
  type PipelineRun,
  type PipelineStats,
  type WorkerStats,
} from './pipeline/index.ts';
export { describeDocument, extractDocument, type DocumentFacts } from './extract/index.ts';
export { resolveFacts } from './resolve/index.ts';

/**
 * Reads and extracts files and folders into one Extraction. Failures are listed, the batch goes on.
 * @example
 * const extraction = await extractPaths(['data/corpus'], { workers: 2 });
 * extraction.failures; // [] when every file was read
 */
export async function extractPaths(paths: string[], options: PipelineOptions = {}): Promise<Extraction> {
  return (await runPipeline(paths, options)).extraction;
}
