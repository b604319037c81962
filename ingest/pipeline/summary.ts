/**
 * What a person (or a machine with `--json`) reads after a batch: documents, entities and relations by
 * type, duplicates, and each failed file on one line (`path: CODE message`). Shared by `kg extract` and any
 * command that extracts before loading.
 */
import type { Failure } from '../../core/model/index.ts';
import type { PipelineRun } from './run.ts';
import type { Duplicate } from './source.ts';

export interface ExtractionSummary {
  documents: number;
  entities: { total: number; byType: Record<string, number> };
  relations: { total: number; byType: Record<string, number> };
  mentions: number;
  failures: Failure[];
  duplicates: Duplicate[];
  workers: number;
  elapsedMs: number;
}

/**
 * @example summarize(await runPipeline(['data/corpus'])).entities.byType.Person
 */
export function summarize(run: PipelineRun): ExtractionSummary {
  const { extraction, duplicates, stats } = run;
  return {
    documents: extraction.documents.length,
    entities: { total: extraction.entities.length, byType: countBy(extraction.entities, (e) => e.type) },
    relations: { total: extraction.relations.length, byType: countBy(extraction.relations, (r) => r.type) },
    mentions: extraction.mentions.length,
    failures: extraction.failures,
    duplicates,
    workers: stats.workers,
    elapsedMs: Math.round(stats.elapsedMs),
  };
}

/** One line per failed file: `path: CODE message` (the message without its own leading path). */
export function failureLine(failure: Failure): string {
  const prefix = `${failure.path}: `;
  const message = failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
  return `${failure.path}: ${failure.code} ${message}`;
}

/** The summary as lines of text for a terminal. */
export function formatSummary(summary: ExtractionSummary): string[] {
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  const lines = [
    `Extracted ${plural(summary.documents, 'document')} in ${seconds} s (${plural(summary.workers, 'worker')}).`,
    `Entities: ${summary.entities.total}${byType(summary.entities.byType)}`,
    `Relations: ${summary.relations.total}${byType(summary.relations.byType)}`,
    `Mentions: ${summary.mentions}`,
  ];
  for (const duplicate of summary.duplicates) {
    lines.push(`Skipped ${duplicate.path}: same content as ${duplicate.sameAs} (read once).`);
  }
  if (summary.failures.length > 0) {
    lines.push(`Failed: ${plural(summary.failures.length, 'file')}`);
    for (const failure of summary.failures) lines.push(`  ${failureLine(failure)}`);
  }
  return lines;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function byType(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([type, n]) => `${type} ${n}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
