// The bundled library: every file in queries/ parses, names are unique, and the set covers the questions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getQuery, listQueries, QUERIES_DIR } from '../../../../queries/library/index.ts';

describe('bundled saved queries', () => {
  const files = fs.readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.cypher'));

  it('has at least 15 queries, one per file, each parsing', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    const names = listQueries().map((q) => q.name);
    expect(names).toEqual(files.map((f) => path.basename(f, '.cypher')).sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('looks queries up by name and refuses unknown ones', () => {
    expect(getQuery('surveillance-chain').view).toBe('graph');
    expect(() => getQuery('no-such-query')).toThrow(expect.objectContaining({ code: 'QUERY_NOT_FOUND' }));
  });

  it('uses only the three views and declares defaults for every param', () => {
    for (const q of listQueries()) {
      expect(['graph', 'table', 'timeline']).toContain(q.view);
      for (const p of q.params) expect(p.default, `${q.name}.${p.name}`).toBeDefined();
    }
  });

  it('names no entity id in the Cypher (entities come in as parameters)', () => {
    for (const q of listQueries()) expect(q.cypher).not.toMatch(/['"](ent|doc):/);
  });
});
