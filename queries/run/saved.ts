/**
 * Runs a saved query by name: validates and coerces its parameters against the header (before the
 * database sees them), resolves entity names to ids, runs the Cypher through the safe runner, then applies
 * the header's `compute` step (e.g. centrality) in TypeScript.
 */
import { computeCentrality } from '../centrality/index.ts';
import { getQuery, QUERIES_DIR } from '../library/load.ts';
import { usedParameters } from '../library/cypher-text.ts';
import { validateParams, type ParamValue } from '../library/params.ts';
import type { SavedQuery } from '../library/header.ts';
import { runCypher, type QueryHandle, type RunOptions } from './cypher.ts';
import { resolveEntity } from './resolve.ts';
import type { QueryResult } from './result.ts';

export interface SavedRunOptions extends RunOptions {
  /** Folder of the library; the bundled `queries/` by default. */
  dir?: string;
}

/** Entity params (names) → ids; the rest unchanged. */
async function resolveParams(
  handle: QueryHandle,
  query: SavedQuery,
  values: Record<string, ParamValue>,
): Promise<Record<string, ParamValue>> {
  const out: Record<string, ParamValue> = { ...values };
  for (const spec of query.params) {
    const value = values[spec.name];
    const type = spec.entityType ?? null;
    if (spec.type === 'entity' && typeof value === 'string') {
      out[spec.name] = await resolveEntity(handle, value, type, spec.name);
    } else if (spec.type === 'entityList' && Array.isArray(value)) {
      out[spec.name] = await Promise.all(value.map((v) => resolveEntity(handle, v, type, spec.name)));
    }
  }
  return out;
}

/**
 * @example
 * const r = await runSavedQuery(handle, 'neighbourhood', { entity: 'Pegasus', hops: '2' });
 * r.view // 'graph'
 */
export async function runSavedQuery(
  handle: QueryHandle,
  name: string,
  rawParams: Record<string, unknown> = {},
  opts: SavedRunOptions = {},
): Promise<QueryResult> {
  const query = getQuery(name, opts.dir ?? QUERIES_DIR);
  const values = validateParams(query, rawParams);
  const started = performance.now();
  const resolved = await resolveParams(handle, query, values);
  const used = usedParameters(query.cypher);
  const cypherParams = Object.fromEntries(Object.entries(resolved).filter(([k]) => used.has(k)));
  const result = await runCypher(handle, query.cypher, cypherParams, { ...opts, view: query.view });
  const computed = query.compute === 'centrality' ? computeCentrality(result, resolved) : result;
  return { ...computed, elapsedMs: Math.round(performance.now() - started) };
}
