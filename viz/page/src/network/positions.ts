/**
 * Node positions kept between visits: a map entity id → {x, y}, parsed and collected here (pure) and kept in
 * localStorage by storage.ts. Positions are the one kind of drawing data sigma needs in the graph; they are
 * persisted keyed by id, never sent to the server.
 */
import { z } from 'zod';
import type { KgGraph, Point } from './graph.ts';

const Positions = z.record(z.string(), z.object({ x: z.number(), y: z.number() }));
export type Positions = Record<string, Point>;

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
