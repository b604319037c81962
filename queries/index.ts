/**
 * Public face of the query layer, used by the CLI (`kg query`, `kg cypher`) and the viewer's server:
 * the saved-query library, the safe runner for saved and ad-hoc Cypher, and the typed result.
 */
export { listQueries, getQuery, validateParams, parseQueryFile, QueryHeaderError } from './library/index.ts';
export type { SavedQuery, ParamSpec, View } from './library/index.ts';
export {
  runCypher,
  runSavedQuery,
  resolveEntity,
  CypherSyntaxError,
  toQueryError,
  QueryResult,
  ResultNode,
  ResultRelationship,
  FORMATS,
  formatResult,
  formatTable,
  formatCsv,
} from './run/index.ts';
export type { QueryHandle, RunOptions, SavedRunOptions, CypherPosition, Format } from './run/index.ts';
export { computeCentrality, centralityOf } from './centrality/index.ts';
