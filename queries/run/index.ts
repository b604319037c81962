/** Public face of the query runner: safe ad-hoc Cypher, saved queries, entity resolution, result schema. */
export { runCypher, type QueryHandle, type RunOptions } from './cypher.ts';
export { runSavedQuery, type SavedRunOptions } from './saved.ts';
export { resolveEntity, luceneQuery, type EntityCandidate } from './resolve.ts';
export { CypherSyntaxError, toQueryError, type CypherPosition } from './errors.ts';
export { assertAllowed } from './guard.ts';
export { toDriverParams } from './params.ts';
export { QueryResult, ResultNode, ResultRelationship } from './result.ts';
export { FORMATS, cellText, formatCsv, formatResult, formatTable, type Format } from './format.ts';
