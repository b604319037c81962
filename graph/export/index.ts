/**
 * Public face of the exporter: read the graph back from Neo4j (`readGraph`, in the extraction shape) and
 * write it as JSON, GEXF or GraphML (`exportGraph`); `toGraphology` for code that wants the graph in memory.
 */
export { exportGraph, formatGraph, ExportFormat, type ExportReport } from './write.ts';
export { readGraph } from './read.ts';
export { toGraphology, type ExportAttributes } from './graphology.ts';
export { writeGraphml } from './graphml.ts';
export { readKnownEntities } from './known.ts';
