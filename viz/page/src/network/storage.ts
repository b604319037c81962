/**
 * Positions in the browser's localStorage (see positions.ts for the pure parts). Kept apart so the pure
 * module can be unit-tested in Node, where there is no localStorage.
 */
import { collectPositions, parsePositions, type Positions } from './positions.ts';
import type { KgGraph } from './graph.ts';

/** Saved positions from localStorage (`key`: `pageConfig.storage.positions`). */
export function loadPositions(key: string): Positions {
  try {
    return parsePositions(localStorage.getItem(key));
  } catch {
    return {};
  }
}

/** Saves the graph's positions (quota errors are ignored: positions are a convenience). */
export function savePositions(key: string, graph: KgGraph): void {
  try {
    localStorage.setItem(key, JSON.stringify(collectPositions(graph, loadPositions(key))));
  } catch {
    // storage full or disabled: the layout simply starts fresh next time
  }
}
