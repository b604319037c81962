/**
 * The last, single-threaded step of a batch: documents and facts in path order (never in the order workers
 * finished), resolution of all facts into one node per real-world entity, failures sorted by path. This is
 * what makes the output identical for one worker or many. Each document's own part of resolution
 * (prepareFacts) is done before, as its facts arrive.
 */
import type { Entity, Extraction, Failure, SourceDocument } from '../../core/model/index.ts';
import { resolvePrepared, type PreparedFacts } from '../resolve/index.ts';
import { comparePaths } from './files.ts';

export interface Extracted {
  document: SourceDocument;
  /** The document's facts, prepared for resolution (prepareFacts). */
  prepared: PreparedFacts;
}

/**
 * @example assemble([{ document, prepared: prepareFacts(facts) }], [], []) // { documents: [document], entities: [...], ... }
 */
export function assemble(
  extracted: readonly Extracted[],
  failures: readonly Failure[],
  known: Entity[],
): Extraction {
  const ordered = [...extracted].sort((a, b) => comparePaths(a.document.path, b.document.path));
  const resolved = resolvePrepared(
    ordered.map((item) => item.prepared),
    known,
  );
  return {
    documents: ordered.map((item) => item.document),
    entities: resolved.entities,
    relations: resolved.relations,
    mentions: resolved.mentions,
    failures: [...failures].sort((a, b) => comparePaths(a.path, b.path)),
  };
}
