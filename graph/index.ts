/**
 * Public face of graph/, the only code that talks to Neo4j: the connection, the local server, the schema,
 * the loader, the exporter and the counts.
 */
export * from './connection/index.ts';
export * from './server/index.ts';
export * from './schema/index.ts';
export * from './load/index.ts';
export * from './export/index.ts';
export * from './stats/index.ts';
