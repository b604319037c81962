/**
 * Recent console queries, newest first, kept in localStorage so they survive a reload. Pure apart from
 * the `Storage` passed in (the page gives `window.localStorage`; tests give a Map-backed one).
 */
import { z } from 'zod';

export const HISTORY_KEY = 'kg.console.history';
export const HISTORY_LIMIT = 30;

export const HistoryEntry = z.object({
  cypher: z.string(),
  params: z.string(),
  at: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** The part of the Web Storage API used here (declared so Node-side unit tests need no DOM types). */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The stored history; a damaged or missing entry gives an empty list. */
export function readHistory(storage: KeyValueStore): HistoryEntry[] {
  try {
    const parsed = z.array(HistoryEntry).safeParse(JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * Puts a query at the top of the history (an identical earlier one moves up) and keeps the newest 30.
 * @example
 * pushHistory(localStorage, { cypher: 'MATCH (n) RETURN n', params: '{}', at: new Date().toISOString() })
 */
export function pushHistory(storage: KeyValueStore, entry: HistoryEntry): HistoryEntry[] {
  const rest = readHistory(storage).filter((e) => e.cypher !== entry.cypher || e.params !== entry.params);
  const next = [entry, ...rest].slice(0, HISTORY_LIMIT);
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled (private mode): the history just is not kept.
  }
  return next;
}
