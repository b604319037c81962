/**
 * Builds a graphology MultiDirectedGraph from an extraction read back from Neo4j: one node per entity and
 * source document (keyed by id), one edge per relationship (keyed by its id). Attributes are flat strings
 * and numbers so GEXF and GraphML (and Gephi) can carry them; lists are joined with "; ".
 */
import { MultiDirectedGraph } from 'graphology';
import type { Extraction } from '../../core/model/index.ts';

export type ExportAttributes = Record<string, string | number>;

const join = (values: string[]) => values.join('; ');

/**
 * @example const graph = toGraphology(await readGraph(handle)); graph.order // nodes
 */
export function toGraphology(extraction: Extraction): MultiDirectedGraph<ExportAttributes, ExportAttributes> {
  const graph = new MultiDirectedGraph<ExportAttributes, ExportAttributes>();
  for (const d of extraction.documents) {
    graph.addNode(d.id, {
      label: d.title,
      nodeType: 'SourceDocument',
      type: 'SourceDocument',
      path: d.path,
      date: d.date ?? '',
      kind: d.kind,
      format: d.format,
      sha256: d.sha256,
    });
  }
  for (const e of extraction.entities) {
    graph.addNode(e.id, {
      label: e.name,
      nodeType: 'Entity',
      type: e.type,
      aliases: join(e.aliases),
      kind: e.kind ?? '',
      date: e.date ?? '',
      mentions: e.mentions,
    });
  }
  for (const r of extraction.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    const documents = [...new Set(r.evidence.map((e) => e.document))];
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      label: r.type,
      kind: r.type,
      type: r.type,
      role: r.role ?? '',
      documents: join(documents),
      documentCount: documents.length,
      evidenceCount: r.evidence.length,
      confidence: Math.max(...r.evidence.map((e) => e.confidence)),
      evidence: JSON.stringify(r.evidence),
    });
  }
  return graph;
}
