// Parameter validation and coercion: CLI strings become typed values; wrong types and ranges are refused.
import { describe, expect, it } from 'vitest';
import { parseQueryFile, validateParams } from '../../../../queries/library/index.ts';

const query = parseQueryFile(
  `/*
name: demo
title: Demo
description: All param types.
view: table
params:
  - { name: hops, type: int, default: 2, min: 1, max: 4, description: h }
  - { name: ratio, type: float, default: 0.5, min: 0, max: 1, description: r }
  - { name: strict, type: boolean, default: false, description: s }
  - { name: since, type: date, default: '2017', description: d }
  - { name: who, type: entity, default: Pegasus, description: w }
  - { name: many, type: entityList, default: [NSO Group], description: m }
  - { name: kind, type: string, default: any, values: [any, media], description: k }
  - { name: needed, type: string, description: n }
*/
RETURN $hops, $ratio, $strict, $since, $who, $many, $kind, $needed`,
  'queries/demo.cypher',
);

describe('validateParams', () => {
  it('fills defaults and coerces CLI strings', () => {
    const v = validateParams(query, {
      hops: ' 3 ',
      ratio: '0.25',
      strict: 'yes',
      since: '2017-05-23',
      who: ' Juan Pardinás ',
      many: 'NSO Group, Pegasus',
      needed: 'x',
    });
    expect(v).toEqual({
      hops: 3,
      ratio: 0.25,
      strict: true,
      since: '2017-05-23',
      who: 'Juan Pardinás',
      many: ['NSO Group', 'Pegasus'],
      kind: 'any',
      needed: 'x',
    });
  });

  it('accepts typed JSON values as they are', () => {
    const v = validateParams(query, { hops: 4, ratio: 1, strict: false, many: ['a'], needed: 'y' });
    expect(v).toMatchObject({ hops: 4, ratio: 1, strict: false, many: ['a'] });
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['int given text', { hops: 'two' }, 'PARAM_INVALID'],
    ['int given a fraction', { hops: '2.5' }, 'PARAM_INVALID'],
    ['int above max', { hops: '5' }, 'PARAM_INVALID'],
    ['int below min', { hops: 0 }, 'PARAM_INVALID'],
    ['float out of range', { ratio: '1.5' }, 'PARAM_INVALID'],
    ['boolean given text', { strict: 'maybe' }, 'PARAM_INVALID'],
    ['bad date', { since: '23/05/2017' }, 'PARAM_INVALID'],
    ['value outside the closed list', { kind: 'cats' }, 'PARAM_INVALID'],
    ['unknown param', { colour: 'red' }, 'PARAM_UNKNOWN'],
  ];
  for (const [what, raw, code] of bad) {
    it(`refuses ${what}`, () => {
      const run = () => validateParams(query, { needed: 'x', ...raw });
      expect(run).toThrow(expect.objectContaining({ name: 'ValidationError', code }));
    });
  }

  it('names the param and the expected type in the message', () => {
    expect(() => validateParams(query, { needed: 'x', hops: 'two' })).toThrow(/"hops".*int from 1 to 4/);
  });

  it('requires params without a default', () => {
    expect(() => validateParams(query, {})).toThrow(expect.objectContaining({ code: 'PARAM_MISSING' }));
  });
});
