import { describe, expect, it } from 'vitest';
import { errorSpan, parseParamsText } from '../../../../../viz/page/src/console/params.ts';

describe('console parameters', () => {
  it.each([
    ['', {}],
    ['  ', {}],
    ['{"name": "Pegasus", "hops": 2}', { name: 'Pegasus', hops: 2 }],
  ])('accepts %j', (text, params) => {
    expect(parseParamsText(text)).toEqual({ ok: true, params });
  });

  it.each(['{oops', '[1, 2]', '"text"', 'null', '{"bad name": 1}'])('refuses %j with a message', (text) => {
    const result = parseParamsText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^parameters: /);
  });
});

describe('error span', () => {
  it('marks the word at the offset', () => {
    expect(errorSpan('MATCH (n) RETRUN n', 10)).toEqual({ from: 10, to: 16 });
  });
  it('marks one character on punctuation and stays inside the text', () => {
    expect(errorSpan('MATCH (n', 6)).toEqual({ from: 6, to: 7 });
    expect(errorSpan('MATCH', 99)).toEqual({ from: 4, to: 5 });
  });
});
