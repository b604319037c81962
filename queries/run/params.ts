/**
 * Converts validated parameter values into driver values: whole numbers become Cypher integers (so
 * `LIMIT $n` and range bounds work), everything else passes through; nested lists and maps too.
 */
import neo4j from 'neo4j-driver';

/**
 * @param floats names of parameters declared `float` (kept as floats even when whole).
 * @example toDriverParams({ limit: 10, name: 'Pegasus' }) // → { limit: Integer(10), name: 'Pegasus' }
 */
export function toDriverParams(
  params: Record<string, unknown>,
  floats: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, floats.has(k) ? v : toDriverValue(v)]),
  );
}

function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverValue(v)]));
  }
  return value;
}
