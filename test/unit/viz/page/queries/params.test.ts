import { describe, expect, it } from 'vitest';
import type { QueryParamInfo } from '../../../../../viz/api/schema.ts';
import {
  coerceForm,
  coerceParam,
  defaultText,
  fieldKind,
} from '../../../../../viz/page/src/queries/params.ts';

const p = (over: Partial<QueryParamInfo>): QueryParamInfo => ({
  name: 'x',
  type: 'string',
  description: '',
  required: false,
  ...over,
});

describe('saved-query form coercion', () => {
  it.each([
    [p({ type: 'integer' }), '3', 3],
    [p({ type: 'int' }), ' 7 ', 7],
    [p({ type: 'float' }), '0.5', 0.5],
    [p({ type: 'number' }), '-2', -2],
    [p({ type: 'boolean' }), 'true', true],
    [p({ type: 'boolean' }), 'off', false],
    [p({ type: 'boolean' }), '', false],
    [p({ type: 'date' }), '2017-05-23', '2017-05-23'],
    [p({ type: 'date' }), '2017', '2017'],
    [p({ type: 'entity' }), 'Pegasus', 'Pegasus'],
    [p({ type: 'string' }), ' R3D ', 'R3D'],
    [p({ type: 'string', values: ['a', 'b'] }), 'b', 'b'],
    [p({ type: 'integer' }), '', undefined],
  ])('%o with %j gives %j', (param, text, value) => {
    expect(coerceParam(param, text)).toEqual({ ok: true, value });
  });

  it.each([
    [p({ type: 'integer' }), '2.5'],
    [p({ type: 'integer' }), 'two'],
    [p({ type: 'integer', min: 1, max: 3 }), '4'],
    [p({ type: 'integer', min: 1, max: 3 }), '0'],
    [p({ type: 'boolean' }), 'maybe'],
    [p({ type: 'date' }), '23/05/2017'],
    [p({ type: 'string', values: ['a', 'b'] }), 'c'],
    [p({ type: 'entity', required: true }), ''],
  ])('%o refuses %j', (param, text) => {
    const result = coerceParam(param, text);
    expect(result.ok).toBe(false);
  });

  it('collects every wrong field of a form', () => {
    const params = [
      p({ name: 'entity', type: 'entity', required: true }),
      p({ name: 'hops', type: 'integer', max: 3 }),
    ];
    expect(coerceForm(params, { entity: 'Pegasus', hops: '2' })).toEqual({
      ok: true,
      params: { entity: 'Pegasus', hops: 2 },
    });
    const bad = coerceForm(params, { hops: '9' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['entity', 'hops']);
  });

  it('picks field kinds and default texts', () => {
    expect(fieldKind(p({ type: 'Entity' }))).toBe('entity');
    expect(fieldKind(p({ type: 'string', values: ['a'] }))).toBe('select');
    expect(defaultText(p({ default: 2 }))).toBe('2');
    expect(defaultText(p({}))).toBe('');
  });
});
