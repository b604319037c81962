/**
 * Turns the text of a saved query's form fields into typed parameter values, following the query's
 * parameter schema (string, integer, number, boolean, date, entity). Pure, so the rules are unit-tested:
 * the page checks what it can before the request, the server checks everything again.
 */
import type { QueryParamInfo } from '../../../api/schema.ts';

/** The kind of form field a parameter gets. */
export type FieldKind = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'entity' | 'select';

/** Maps the header's type names (and their usual synonyms) to a field kind. */
export function fieldKind(param: QueryParamInfo): FieldKind {
  if (param.values && param.values.length > 0) return 'select';
  switch (param.type.toLowerCase()) {
    case 'int':
    case 'integer':
      return 'integer';
    case 'float':
    case 'number':
      return 'number';
    case 'bool':
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'entity':
      return 'entity';
    default:
      return 'text';
  }
}

/** The text a field starts with: the default, written back as text. */
export function defaultText(param: QueryParamInfo): string {
  const d = param.default;
  if (d === undefined || d === null) return '';
  if (typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean') return String(d);
  return JSON.stringify(d);
}

export type Coerced = { ok: true; value: unknown } | { ok: false; message: string };

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Converts one field's text to the parameter's value; `undefined` value = leave it out (server default).
 * @example
 * coerceParam({ name: 'hops', type: 'integer', min: 1, max: 3, ... }, '2') // { ok: true, value: 2 }
 * coerceParam({ name: 'hops', type: 'integer', ... }, 'two')              // { ok: false, message: ... }
 */
export function coerceParam(param: QueryParamInfo, text: string): Coerced {
  const raw = text.trim();
  const kind = fieldKind(param);
  if (raw === '' && kind !== 'boolean') {
    if (param.required && param.default === undefined)
      return { ok: false, message: `${param.name} is required` };
    return { ok: true, value: undefined };
  }
  switch (kind) {
    case 'integer':
    case 'number': {
      const value = Number(raw);
      if (!Number.isFinite(value)) return { ok: false, message: `${param.name}: "${raw}" is not a number` };
      if (kind === 'integer' && !Number.isInteger(value))
        return { ok: false, message: `${param.name}: use a whole number` };
      if (param.min !== undefined && value < param.min)
        return { ok: false, message: `${param.name}: at least ${param.min}` };
      if (param.max !== undefined && value > param.max)
        return { ok: false, message: `${param.name}: at most ${param.max}` };
      return { ok: true, value };
    }
    case 'boolean':
      if (raw === '') return { ok: true, value: false };
      if (/^(true|yes|1|on)$/i.test(raw)) return { ok: true, value: true };
      if (/^(false|no|0|off)$/i.test(raw)) return { ok: true, value: false };
      return { ok: false, message: `${param.name}: expected true or false` };
    case 'date':
      if (!ISO_DATE.test(raw))
        return { ok: false, message: `${param.name}: use YYYY, YYYY-MM or YYYY-MM-DD` };
      return { ok: true, value: raw };
    case 'select':
      if (!param.values?.includes(raw))
        return { ok: false, message: `${param.name}: one of ${param.values?.join(', ') ?? ''}` };
      return { ok: true, value: raw };
    default:
      return { ok: true, value: raw };
  }
}

/**
 * Converts a whole form; returns the params, or the messages of every field that is wrong.
 * @example
 * coerceForm(query.params, { entity: 'Pegasus', hops: '2' })
 * // { ok: true, params: { entity: 'Pegasus', hops: 2 } }
 */
export function coerceForm(
  params: QueryParamInfo[],
  texts: Record<string, string>,
): { ok: true; params: Record<string, unknown> } | { ok: false; errors: Record<string, string> } {
  const out: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const param of params) {
    const result = coerceParam(param, texts[param.name] ?? '');
    if (!result.ok) errors[param.name] = result.message;
    else if (result.value !== undefined) out[param.name] = result.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, params: out };
}
