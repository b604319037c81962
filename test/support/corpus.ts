/**
 * The bundled sample corpus, loaded into the test database for integration and e2e tests (queries, viewer):
 * wipe, extract data/corpus, load. Memoised per test worker, so the files of one worker load it once;
 * a test that changes the graph should call `reloadCorpus` afterwards.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.ts';
import type { Extraction } from '../../core/model/index.ts';
import type { Neo4jHandle } from '../../graph/connection/index.ts';
import { loadExtraction, type LoadReport } from '../../graph/load/index.ts';
import { extractPaths } from '../../ingest/index.ts';

export const CORPUS_DIR = path.join(PROJECT_ROOT, 'data', 'corpus');

export interface LoadedCorpus {
  extraction: Extraction;
  report: LoadReport;
}

let extracted: Promise<Extraction> | undefined;
let loaded: Promise<LoadedCorpus> | undefined;

/** The corpus extraction (memoised; extraction is deterministic). */
export function corpusExtraction(): Promise<Extraction> {
  extracted ??= extractPaths([CORPUS_DIR], { workers: 1 });
  return extracted;
}

/**
 * Wipes the test database and loads the corpus, once per worker.
 * @example
 * beforeAll(async () => { handle = await openTestDriver(); await loadCorpusOnce(handle); });
 */
export function loadCorpusOnce(handle: Neo4jHandle): Promise<LoadedCorpus> {
  loaded ??= reloadCorpus(handle);
  return loaded;
}

/** Wipes and loads the corpus again (after a test that changed the graph). */
export async function reloadCorpus(handle: Neo4jHandle): Promise<LoadedCorpus> {
  const extraction = await corpusExtraction();
  const promise = loadExtraction(handle, extraction, { reset: true }).then((report) => ({
    extraction,
    report,
  }));
  loaded = promise;
  return promise;
}
