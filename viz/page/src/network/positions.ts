/**
 * Node positions kept between visits: a map entity id → {x, y}, parsed and collected here (pure) and kept in
 * localStorage by storage.ts. Positions are the one kind of drawing data sigma needs in the graph; they are
 * persisted keyed by id, never sent to the server.
 */
import { z } from 'zod';
import type { KgGraph, Point } from './graph.ts';

const isPoint = (v: unknown): v is Point =>
  typeof v === 'object' && v !== null && Number.isFinite((v as Point).x) && Number.isFinite((v as Point).y);

/** Checked in one plain loop: zod's per-entry checks cost ~100 ms on 20k saved positions. */
const Positions = z.custom<Record<string, Point>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isPoint),
  'a map of id to {x, y}',
);
export type Positions = z.infer<typeof Positions>;

/** Parses stored positions; anything malformed yields an empty map (positions are only a convenience). */
export function parsePositions(json: string | null): Positions {
  if (!json) return {};
  try {
    const parsed = Positions.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Positions of all nodes of the graph, merged over previously saved ones (other graphs' nodes kept). */
export function collectPositions(graph: KgGraph, previous: Positions): Positions {
  const next: Positions = { ...previous };
  graph.forEachNode((id, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) next[id] = { x: a.x, y: a.y };
  });
  return next;
}
