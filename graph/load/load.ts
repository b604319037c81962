/**
 * Loads an extraction into Neo4j: validates it, applies the schema, optionally wipes the data, then runs
 * the planned units (whole documents per managed transaction), two at a time when they share no node (see
 * schedule.ts), and reports the documents in planned order. Idempotent: loading the same
 * extraction twice leaves the graph as it was; loading a new document merges into the existing entities
 * and adds its evidence. A unit that fails is rolled back and reported; the others still load.
 */
import { Neo4jError, type Session } from 'neo4j-driver';
import { ValidationError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import { silentLogger } from '../../core/log.ts';
import { Extraction } from '../../core/model/index.ts';
import type { Neo4jHandle } from '../connection/index.ts';
import { ensureSchema } from '../schema/index.ts';
import { planLoad, type PlannedUnit } from './plan.ts';
import { runDisjoint, unitNodes } from './schedule.ts';
import { resetGraph } from './reset.ts';
import { runUnit } from './run.ts';

/**
 * One unit at a time by default: two disjoint units at once measured no faster on a 2-core machine (bench:load,
 * same server, back to back: 5,429 rel/s with two vs 5,854 with one), and one writer keeps lock order trivial.
 */
const DEFAULT_CONCURRENCY = 1;

export interface LoadOptions {
  /** Wipe all nodes and relationships first (schema stays). */
  reset?: boolean;
  log?: Logger;
  /** Rows per UNWIND statement (default 5,000). */
  batchSize?: number;
  /** About how many rows one transaction carries: whole documents are added until this is reached (10,000). */
  unitRows?: number;
  /**
   * Units run at the same time, each in its own transaction (default 2: a transaction runs on one server
   * thread). Units that share a node never run together, so they cannot deadlock or wait on each other.
   */
  concurrency?: number;
  /** Called after each unit with the documents loaded so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadFailure {
  documents: string[];
  code: string;
  message: string;
}

export interface LoadReport {
  /** Source documents loaded (their units committed). */
  documents: number;
  entities: number;
  relations: number;
  mentions: number;
  elapsedMs: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  loadedDocuments: string[];
  failed: LoadFailure[];
  /** Relationship rows not written because an endpoint was in neither the extraction nor the graph. */
  skippedRelations: number;
}

/**
 * @example
 * const report = await loadExtraction(handle, extraction, { log });
 * log.info(`${report.documents} documents, ${report.relationshipsCreated} new relationships`);
 */
export async function loadExtraction(
  handle: Neo4jHandle,
  input: Extraction,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const log = options.log ?? silentLogger;
  const batchSize = options.batchSize ?? 5_000;
  const started = performance.now();
  const parsed = Extraction.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ValidationError(
      'EXTRACTION_INVALID',
      `graph load: the extraction is not valid (${first?.path.join('.')}: ${first?.message}); re-run \`kg extract\`.`,
    );
  }
  // Load the caller's objects, now known valid, rather than zod's copy of them (the schema transforms
  // nothing but a missing `failures`, which the load does not read): keeping a second copy of a large
  // extraction alive through the load cost the client garbage-collection time (bench:load).
  const extraction: Extraction = input;
  let empty: boolean;
  try {
    await ensureSchema(handle, log);
    if (options.reset) await resetGraph(handle, log);
    empty = await isEmpty(handle);
    log.debug('graph load: schema ready', { ms: Math.round(performance.now() - started), empty });
  } catch (error) {
    throw handle.toError(error);
  }

  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  // One writer builds each unit's rows just before it runs, and they are garbage once it committed. Several
  // writers need every unit's nodes up front to keep concurrent units disjoint: their units are built first.
  const units = planLoad(extraction, options.unitRows ?? 10_000).map((planned): PlannedUnit => {
    if (concurrency <= 1) return planned;
    const unit = planned.build();
    return { ...planned, build: () => unit };
  });
  const report: LoadReport = {
    documents: 0,
    entities: 0,
    relations: 0,
    mentions: 0,
    elapsedMs: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    loadedDocuments: [],
    failed: [],
    skippedRelations: 0,
  };
  const entities = new Set<string>();
  const relations = new Set<string>();
  // Entities committed by earlier units (skipped by later ones) and the element ids of committed nodes.
  const committed = new Set<string>();
  const elementIds = new Map<string, number>();
  // In a graph that was empty when the load started, an entity or relationship no earlier unit of this load
  // committed cannot exist: it is CREATEd (no MERGE and its index seek). Units that run at the same time
  // share no node, hence no relationship; a unit that failed wrote nothing. Another process writing the same
  // ids meanwhile would make the unit fail on the id constraints, never duplicate an edge.
  const isNew = empty
    ? (kind: 'entity' | 'relation', id: string) =>
        kind === 'entity' ? !committed.has(id) : !relations.has(id)
    : undefined;
  const loaded = new Map<PlannedUnit, string[]>();
  let done = 0;

  const runOne = async (session: Session, planned: PlannedUnit): Promise<void> => {
    const unit = planned.build();
    try {
      const unitStarted = performance.now();
      const counters = await runUnit(session, unit, batchSize, {
        skipEntities: committed,
        elementIds,
        ...(isNew ? { isNew } : {}),
      });
      log.debug('graph load: unit committed', {
        documents: unit.ownDocuments.length,
        rows: unit.rows,
        ms: Math.round(performance.now() - unitStarted),
      });
      report.nodesCreated += counters.nodesCreated;
      report.relationshipsCreated += counters.relationshipsCreated;
      report.propertiesSet += counters.propertiesSet;
      report.skippedRelations += unit.relations.length + unit.mentionEdges.length - counters.relationsMerged;
      loaded.set(planned, unit.ownDocuments);
      report.mentions += unit.mentions;
      for (const [id, elementId] of counters.elementIds) elementIds.set(id, elementId);
      for (const e of unit.entities) {
        entities.add(e.id);
        committed.add(e.id);
      }
      for (const r of unit.relations) relations.add(r.id);
      for (const r of unit.mentionEdges) relations.add(`${r.source}>${r.target}`);
      done += unit.ownDocuments.length;
    } catch (error) {
      const mapped = handle.toError(error) as Error & { code?: string };
      if (mapped.code === 'NEO4J_UNAVAILABLE' || mapped.code === 'NEO4J_AUTH') throw mapped;
      const code = error instanceof Neo4jError ? error.code : (mapped.code ?? 'NEO4J_ERROR');
      report.failed.push({ documents: unit.ownDocuments, code, message: mapped.message });
      log.warn(`graph load: rolled back ${unit.ownDocuments.length} document(s): ${mapped.message}`);
    }
    options.onProgress?.(done, extraction.documents.length);
  };

  await runDisjoint(handle, units, concurrency, (planned) => unitNodes(planned.build()), runOne);
  // Report documents in planned order, whatever order the units committed in.
  for (const unit of units) report.loadedDocuments.push(...(loaded.get(unit) ?? []));
  if (report.skippedRelations > 0) {
    log.warn(
      `graph load: ${report.skippedRelations} relationship(s) skipped: an endpoint is not in the graph`,
    );
  }
  report.documents = report.loadedDocuments.length;
  report.entities = entities.size;
  report.relations = relations.size;
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

/** Whether the database holds no node at all (answered from the count store, not a scan). */
async function isEmpty(handle: Neo4jHandle): Promise<boolean> {
  const { records } = await handle.driver.executeQuery(
    'MATCH (n) RETURN count(n) = 0 AS empty',
    {},
    { database: handle.database },
  );
  return records[0]?.get('empty') === true;
}
