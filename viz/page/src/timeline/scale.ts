/**
 * Time scale of the timeline strip: partial ISO dates to milliseconds and back, a linear scale and
 * readable ticks (years, months or days depending on the span). Pure: no DOM.
 */

const DAY = 86_400_000;

/** Milliseconds (UTC) of the first day a partial ISO date covers, or null when it is not a date. */
export function toTime(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isNaN(t) ? null : t;
}

/** `YYYY-MM-DD` of a time. */
export function toIsoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export interface Scale {
  (time: number): number;
  invert(x: number): number;
  domain: [number, number];
}

/**
 * A linear scale from a time domain to pixels; a zero-length domain is widened by a month on each side.
 * @example
 * const x = linearScale([toTime('2017')!, toTime('2018')!], [0, 800]); x(toTime('2017-07')!) // ≈ 397
 */
export function linearScale(domain: [number, number], range: [number, number]): Scale {
  let [d0, d1] = domain;
  if (d1 - d0 < DAY) [d0, d1] = [d0 - 30 * DAY, d1 + 30 * DAY];
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const scale = ((t: number) => r0 + (t - d0) * k) as Scale;
  scale.invert = (x: number) => d0 + (x - r0) / k;
  scale.domain = [d0, d1];
  return scale;
}

/** Domain of some times padded by 4 % on each side (at least two weeks). */
export function paddedDomain(times: number[]): [number, number] | null {
  if (times.length === 0) return null;
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(14 * DAY, (max - min) * 0.04);
  return [min - pad, max + pad];
}

export interface Tick {
  time: number;
  label: string;
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Ticks for a domain, at most about `maxTicks`: months (with the year on January) or years.
 * @example
 * ticks([toTime('2017-03')!, toTime('2018-09')!], 10) // Jan 2018 major, Apr, Jul, Oct… minor
 */
export function ticks([d0, d1]: [number, number], maxTicks: number): Tick[] {
  const start = new Date(d0);
  const months = (d1 - d0) / (30.44 * DAY);
  const steps = [1, 2, 3, 6, 12, 24, 60, 120];
  const step = steps.find((s) => months / s <= Math.max(1, maxTicks)) ?? 120;
  const result: Tick[] = [];
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  m = Math.ceil(m / Math.min(step, 12)) * Math.min(step, 12);
  for (;;) {
    y += Math.floor(m / 12);
    m %= 12;
    const time = Date.UTC(y, m, 1);
    if (time > d1) break;
    if (time >= d0 && (step < 12 || y % (step / 12) === 0)) {
      result.push({ time, label: m === 0 ? String(y) : MONTHS[m]!, major: m === 0 });
    }
    m += Math.min(step, 12);
  }
  return result;
}
