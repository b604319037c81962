import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../viz/page/src/explore/segments.ts';

const text = 'Citizen Lab found that Pegasus targeted Juan Pardinás in Mexico.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, name: s });

describe('segmentText', () => {
  it('covers the whole text with no gaps, marking mentions and the quote', () => {
    const mentions = [at('Citizen Lab'), at('Pegasus'), at('Juan Pardinás')];
    const quote = { start: text.indexOf('Pegasus'), end: text.indexOf(' in Mexico') };
    const segments = segmentText(text.length, mentions, quote);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    const marked = segments.filter((s) => s.mention).map((s) => text.slice(s.start, s.end));
    expect(marked).toEqual(['Citizen Lab', 'Pegasus', 'Juan Pardinás']);
    const quoted = segments
      .filter((s) => s.quote)
      .map((s) => text.slice(s.start, s.end))
      .join('');
    expect(quoted).toBe('Pegasus targeted Juan Pardinás');
  });

  it('keeps the earlier, longer mention when two overlap', () => {
    const segments = segmentText(text.length, [at('Juan'), at('Juan Pardinás'), at('Pardinás')]);
    expect(segments.filter((s) => s.mention).map((s) => s.mention!.name)).toEqual(['Juan Pardinás']);
  });

  it('splits a mention that the quote cuts through', () => {
    const segments = segmentText(text.length, [at('Citizen Lab')], { start: 8, end: 20 });
    const parts = segments.filter((s) => s.mention).map((s) => [text.slice(s.start, s.end), s.quote]);
    expect(parts).toEqual([
      ['Citizen ', false],
      ['Lab', true],
    ]);
  });

  it('ignores spans outside the text', () => {
    const segments = segmentText(
      10,
      [
        { start: 5, end: 50 },
        { start: -1, end: 2 },
      ],
      { start: 8, end: 99 },
    );
    expect(segments.filter((s) => s.mention)).toEqual([]);
    expect(segments.at(-1)).toEqual({ start: 8, end: 10, mention: null, quote: true });
  });
});
