/**
 * Validates the parameters of a saved query against its header before the database sees them: builds a
 * zod schema per parameter (type, range), coerces the strings the CLI passes (`--param hops=2`), fills in
 * defaults and refuses unknown names. Entity names stay names here; the runner resolves them to ids.
 */
import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { IsoDate } from '../../core/model/index.ts';
import type { ParamSpec, SavedQuery } from './header.ts';

export type ParamValue = string | number | boolean | string[];

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

function numberSchema(spec: ParamSpec, integer: boolean): z.ZodType<number> {
  let n = integer ? z.number().int() : z.number();
  if (spec.min !== undefined) n = n.min(spec.min);
  if (spec.max !== undefined) n = n.max(spec.max);
  const pattern = integer ? INT : FLOAT;
  return z.preprocess((v) => {
    const t = trimmed(v);
    return typeof t === 'string' && pattern.test(t) ? Number(t) : t;
  }, n);
}

/** The zod schema for one declared parameter (without its default). */
export function paramSchema(spec: ParamSpec): z.ZodType<ParamValue> {
  switch (spec.type) {
    case 'int':
      return numberSchema(spec, true);
    case 'float':
      return numberSchema(spec, false);
    case 'boolean':
      return z.preprocess((v) => {
        const t = trimmed(v);
        if (typeof t !== 'string') return t;
        return TRUE.has(t.toLowerCase()) ? true : FALSE.has(t.toLowerCase()) ? false : t;
      }, z.boolean());
    case 'date':
      return z.preprocess(trimmed, IsoDate);
    case 'entityList':
      return z.preprocess(
        (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v),
        z.array(z.string().trim().min(1)).min(1),
      );
    default:
      return z.preprocess(
        trimmed,
        spec.values ? z.enum(spec.values as [string, ...string[]]) : z.string().min(1),
      );
  }
}

/** What the type means, for error messages: "int from 1 to 4". */
export function describeType(spec: ParamSpec): string {
  const range =
    spec.min !== undefined && spec.max !== undefined
      ? ` from ${spec.min} to ${spec.max}`
      : spec.min !== undefined
        ? ` ≥ ${spec.min}`
        : spec.max !== undefined
          ? ` ≤ ${spec.max}`
          : '';
  const base: Record<ParamSpec['type'], string> = {
    string: spec.values ? `one of ${spec.values.join(', ')}` : 'a non-empty string',
    int: 'an int',
    float: 'a number',
    boolean: 'a boolean (true/false)',
    date: 'a date (YYYY[-MM[-DD]])',
    entity: 'an entity name, alias or id',
    entityList: 'a comma-separated list of entity names',
  };
  return base[spec.type] + range;
}

/**
 * Checks raw values (strings from the CLI or JSON from HTTP) against a query's declared params.
 * @example validateParams(getQuery('neighbourhood'), { entity: 'Pegasus', hops: '2' })
 *   // → { entity: 'Pegasus', hops: 2 }
 */
export function validateParams(query: SavedQuery, raw: Record<string, unknown>): Record<string, ParamValue> {
  const declared = new Map(query.params.map((p) => [p.name, p]));
  for (const key of Object.keys(raw)) {
    if (!declared.has(key)) {
      const known = query.params.map((p) => p.name).join(', ') || '(none)';
      throw new ValidationError(
        'PARAM_UNKNOWN',
        `query ${query.name}: unknown param "${key}". Its params are: ${known}.`,
      );
    }
  }
  const values: Record<string, ParamValue> = {};
  for (const spec of query.params) {
    const given = raw[spec.name];
    if (given === undefined || given === null || given === '') {
      if (spec.default === undefined) {
        throw new ValidationError(
          'PARAM_MISSING',
          `query ${query.name}: param "${spec.name}" is required (${describeType(spec)}). Pass --param ${spec.name}=...`,
        );
      }
      values[spec.name] = spec.default;
      continue;
    }
    const parsed = paramSchema(spec).safeParse(given);
    if (!parsed.success) {
      throw new ValidationError(
        'PARAM_INVALID',
        `query ${query.name}: param "${spec.name}" expects ${describeType(spec)}, got ${JSON.stringify(given)}.`,
      );
    }
    values[spec.name] = parsed.data;
  }
  return values;
}
