import { describe, expect, it } from 'vitest';
import {
  linearScale,
  paddedDomain,
  ticks,
  toIsoDay,
  toTime,
} from '../../../../../viz/page/src/timeline/scale.ts';

describe('timeline scale', () => {
  it('reads partial ISO dates as their first day', () => {
    expect(toIsoDay(toTime('2017')!)).toBe('2017-01-01');
    expect(toIsoDay(toTime('2017-06')!)).toBe('2017-06-01');
    expect(toIsoDay(toTime('2017-06-14')!)).toBe('2017-06-14');
    expect(toTime('undated')).toBeNull();
  });

  it('maps and inverts', () => {
    const x = linearScale([toTime('2017-01-01')!, toTime('2018-01-01')!], [0, 365]);
    expect(x(toTime('2017-07-02')!)).toBeCloseTo(182, 0);
    expect(toIsoDay(x.invert(182))).toBe('2017-07-02');
  });

  it('widens a single-day domain', () => {
    const t = toTime('2017-05-23')!;
    const x = linearScale([t, t], [0, 100]);
    expect(x(t)).toBeCloseTo(50, 0);
  });

  it('pads a domain', () => {
    const [a, b] = paddedDomain([toTime('2017-05-23')!, toTime('2018-07-16')!])!;
    expect(a).toBeLessThan(toTime('2017-05-23')!);
    expect(b).toBeGreaterThan(toTime('2018-07-16')!);
    expect(paddedDomain([])).toBeNull();
  });

  it('labels years on January and stays within the tick budget', () => {
    const domain: [number, number] = [toTime('2016-11-01')!, toTime('2018-08-01')!];
    const result = ticks(domain, 10);
    expect(result.length).toBeLessThanOrEqual(11);
    expect(result.filter((t) => t.major).map((t) => t.label)).toEqual(['2017', '2018']);
    expect(result.every((t) => t.time >= domain[0] && t.time <= domain[1])).toBe(true);
  });

  it('falls back to years over long spans', () => {
    const result = ticks([toTime('1990')!, toTime('2020-06')!], 8);
    expect(result.every((t) => t.major)).toBe(true);
    expect(result.length).toBeLessThanOrEqual(8);
  });
});
