import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery } from '../../../../viz/server/read/search.ts';

describe('escapeLucene', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe('luceneQuery', () => {
  it.each([
    ['Pegasus', '"pegasus"^4 OR (pegasus*)'],
    ['NSO gr', '"nso gr"^4 OR (nso* AND gr*)'],
    ['R3D (Red', '"r3d \\(red"^4 OR (r3d* AND red*)'],
    ['a AND b', '"a and b"^4 OR (a* AND b*)'],
  ])('%s → %s', (input, expected) => {
    expect(luceneQuery(input)).toBe(expected);
  });
  it('returns null when nothing searchable is left', () => {
    expect(luceneQuery('*** ((')).toBeNull();
    expect(luceneQuery('OR')).toBeNull();
  });
});
