/** Public face of the saved-query library: parse, list, look up and validate parameters. */
export {
  COMPUTES,
  PARAM_TYPES,
  VIEWS,
  Compute,
  ParamSpec,
  ParamType,
  QueryHeader,
  View,
  type SavedQuery,
} from './header.ts';
export { QueryHeaderError, parseQueryFile } from './parse.ts';
export { QUERIES_DIR, getQuery, listQueries } from './load.ts';
export { describeType, paramSchema, validateParams, type ParamValue } from './params.ts';
export { lineAt, maskCypher, usedParameters } from './cypher-text.ts';
