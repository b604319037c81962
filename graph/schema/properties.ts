/**
 * How evidence is stored on a relationship, and how to read it back. Every relationship keeps:
 * `id`, `role`, `documents` (distinct source-document ids), `evidence` (a JSON string of `Evidence[]`, each
 * item opening with its key fields `document`, `start`, `end`, by which the loader de-duplicates),
 * `evidenceCount`, `confidence` (the highest) and `methods` (distinct). MENTIONS edges also keep `count`,
 * `starts`, `ends`. Relationships written before 2026-11-24 also carry `evidenceKeys`
 * (`"<document>|<start>|<end>"` per item), which the loader keeps up to date on them and writes on no other.
 */
import { z } from 'zod';
import { Evidence } from '../../core/model/index.ts';

/** The key that makes one piece of evidence unique on a relationship. */
export function evidenceKey(evidence: Pick<Evidence, 'document' | 'start' | 'end'>): string {
  return `${evidence.document}|${evidence.start}|${evidence.end}`;
}

const EvidenceList = z.array(Evidence);

/**
 * Parses the `evidence` property of a relationship read from Neo4j (a JSON string); `[]` when absent.
 * @example parseEvidence(record.get('r').properties.evidence)[0]?.text
 */
export function parseEvidence(value: unknown): Evidence[] {
  if (typeof value !== 'string' || value === '') return [];
  return EvidenceList.parse(JSON.parse(value));
}
