/**
 * `kg export`'s core: read the graph from Neo4j and write it as JSON (the extraction shape), GEXF
 * (graphology-gexf) or GraphML, atomically (temporary file in the same folder, then rename).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { write as writeGexf } from 'graphology-gexf';
import { z } from 'zod';
import type { Extraction } from '../../core/model/index.ts';
import type { Neo4jHandle } from '../connection/index.ts';
import { writeGraphml } from './graphml.ts';
import { toGraphology } from './graphology.ts';
import { readGraph } from './read.ts';

export const ExportFormat = z.enum(['json', 'gexf', 'graphml']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export interface ExportReport {
  format: ExportFormat;
  file: string;
  nodes: number;
  relationships: number;
  bytes: number;
}

/** Serialises an extraction read from the graph in the given format. */
export function formatGraph(extraction: Extraction, format: ExportFormat): string {
  if (format === 'json') return JSON.stringify(extraction, null, 2) + '\n';
  const graph = toGraphology(extraction);
  return format === 'gexf' ? writeGexf(graph, { pretty: true }) : writeGraphml(graph);
}

/**
 * @example await exportGraph(handle, 'gexf', 'graph.gexf'); // opens in Gephi
 */
export async function exportGraph(
  handle: Neo4jHandle,
  format: ExportFormat,
  file: string,
): Promise<ExportReport> {
  const extraction = await readGraph(handle);
  const content = formatGraph(extraction, format);
  const target = path.resolve(file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  try {
    await fs.writeFile(temporary, content, 'utf8');
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  return {
    format,
    file: target,
    nodes: extraction.documents.length + extraction.entities.length,
    relationships: extraction.relations.length,
    bytes: Buffer.byteLength(content),
  };
}
