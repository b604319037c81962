import { describe, expect, it } from 'vitest';
import {
  HISTORY_KEY,
  HISTORY_LIMIT,
  pushHistory,
  readHistory,
} from '../../../../../viz/page/src/console/history.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    map,
  };
}

describe('console history', () => {
  it('keeps the newest first, moves repeats up and caps the length', () => {
    const storage = memoryStorage();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      pushHistory(storage, { cypher: `RETURN ${i}`, params: '{}', at: 't' });
    pushHistory(storage, { cypher: 'RETURN 10', params: '{}', at: 't2' });
    const history = readHistory(storage);
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toEqual({ cypher: 'RETURN 10', params: '{}', at: 't2' });
    expect(history.filter((e) => e.cypher === 'RETURN 10')).toHaveLength(1);
    expect(history[1]?.cypher).toBe(`RETURN ${HISTORY_LIMIT + 4}`);
  });

  it('reads a damaged store as empty', () => {
    const storage = memoryStorage();
    storage.map.set(HISTORY_KEY, '{not json');
    expect(readHistory(storage)).toEqual([]);
    storage.map.set(HISTORY_KEY, '[{"cypher": 1}]');
    expect(readHistory(storage)).toEqual([]);
  });
});
