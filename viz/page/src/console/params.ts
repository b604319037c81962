/**
 * The console's parameters editor holds a JSON object; this checks it before a query is sent and says
 * what is wrong in words a person can act on.
 */
import { Params } from '../../../api/schema.ts';

export type ParsedParams = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

/**
 * Parses the parameters text: empty means `{}`; otherwise a JSON object with valid parameter names.
 * @example
 * parseParamsText('{"name": "Pegasus"}') // { ok: true, params: { name: 'Pegasus' } }
 * parseParamsText('[1]')                 // { ok: false, message: 'parameters: ...' }
 */
export function parseParamsText(text: string): ParsedParams {
  if (text.trim() === '') return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `parameters: not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'parameters: write a JSON object, e.g. {"name": "Pegasus"}' };
  const parsed = Params.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `parameters: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, params: parsed.data };
}

/**
 * The span to mark for an error at `offset` (0-based): the word there, or one character.
 * @example
 * errorSpan('MATCH (n) RETRUN n', 10) // { from: 10, to: 16 }
 */
export function errorSpan(text: string, offset: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(offset, text.length));
  const word = /^[A-Za-z0-9_$]+/.exec(text.slice(from));
  const to = word ? from + word[0].length : Math.min(from + 1, text.length);
  return { from: to === from && from > 0 ? from - 1 : from, to: Math.max(to, from) };
}
