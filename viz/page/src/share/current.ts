/**
 * The query behind the current view (a saved query or console Cypher, with parameters). The app state
 * holds selection, filters and mode but not the query, so the queries panel and the console record the last
 * one they ran here, and the URL and storyboard recording read it back.
 */
export type CurrentQuery =
  | { kind: 'saved'; name: string; params: Record<string, unknown> }
  | { kind: 'cypher'; cypher: string; params: Record<string, unknown> };

let current: CurrentQuery | null = null;
const listeners = new Set<(query: CurrentQuery | null) => void>();

/** Records the query now shown (null when the result was cleared). */
export function setCurrentQuery(query: CurrentQuery | null): void {
  current = query;
  for (const listener of [...listeners]) listener(current);
}

export function getCurrentQuery(): CurrentQuery | null {
  return current;
}

/** Calls `listener` when the current query changes; returns the unsubscribe function. */
export function onCurrentQuery(listener: (query: CurrentQuery | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
