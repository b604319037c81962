/**
 * Cuts a document's text into segments at mention and quote boundaries, so the reader can build text nodes
 * and <mark> elements from offsets (never HTML strings). Overlapping mentions keep the earlier, longer one.
 * Pure: no DOM.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment<M extends Span> {
  start: number;
  end: number;
  /** The mention covering this segment, if any. */
  mention: M | null;
  /** True inside the quoted evidence. */
  quote: boolean;
}

/**
 * @example
 * segmentText(20, [{ start: 0, end: 5 }], { start: 3, end: 10 })
 * // → [0-3 mention], [3-5 mention+quote], [5-10 quote], [10-20]
 */
export function segmentText<M extends Span>(
  length: number,
  mentions: M[],
  quote?: Span | null,
): Segment<M>[] {
  const kept: M[] = [];
  let reach = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < reach || m.start >= m.end || m.end > length || m.start < 0) continue;
    kept.push(m);
    reach = m.end;
  }
  const q =
    quote && quote.start < quote.end
      ? { start: Math.max(0, quote.start), end: Math.min(length, quote.end) }
      : null;
  const cuts = new Set<number>([0, length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  if (q) cuts.add(q.start).add(q.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<M>[] = [];
  let k = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    while (k < kept.length && kept[k]!.end <= start) k++;
    const m = kept[k];
    const mention = m && m.start <= start && end <= m.end ? m : null;
    segments.push({ start, end, mention, quote: q !== null && q.start <= start && end <= q.end });
  }
  return segments;
}
