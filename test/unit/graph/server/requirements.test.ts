// Java version parsing for the up-front "Java 17 or newer" check.
import { describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../../../graph/server/index.ts';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['no version here', undefined],
  ])('reads %s', (text, major) => {
    expect(parseJavaMajor(text)).toBe(major);
  });
});
