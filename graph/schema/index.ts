/**
 * Public face of the graph schema: constraints and indexes (`ensureSchema`) and the relationship property
 * layout shared by the loader, the exporter and the query layer (`parseEvidence`, `evidenceKey`).
 */
export { ensureSchema } from './ensure.ts';
export {
  ENTITY_FULLTEXT_INDEX,
  relationIdConstraint,
  schemaStatements,
  type SchemaStatement,
} from './statements.ts';
export { evidenceKey, parseEvidence } from './properties.ts';
