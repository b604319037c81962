/**
 * Loads the saved-query library: every `queries/*.cypher` file, parsed and validated once per process.
 * A broken file fails loudly (with its file and line) rather than silently disappearing from the list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.ts';
import { ValidationError } from '../../core/errors.ts';
import type { SavedQuery } from './header.ts';
import { parseQueryFile } from './parse.ts';

/** Where the bundled library lives. */
export const QUERIES_DIR = path.join(PROJECT_ROOT, 'queries');

const cache = new Map<string, SavedQuery[]>();

/**
 * All saved queries in a folder, sorted by name.
 * @example listQueries().map((q) => q.name) // → ['bridges', 'central-actors', ...]
 */
export function listQueries(dir: string = QUERIES_DIR): SavedQuery[] {
  const hit = cache.get(dir);
  if (hit) return hit;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const queries = files.map((f) => {
    const full = path.join(dir, f);
    return parseQueryFile(fs.readFileSync(full, 'utf8'), path.relative(PROJECT_ROOT, full) || full);
  });
  cache.set(dir, queries);
  return queries;
}

/**
 * One saved query by name; ValidationError QUERY_NOT_FOUND (listing the names) when there is none.
 * @example getQuery('surveillance-chain').params
 */
export function getQuery(name: string, dir: string = QUERIES_DIR): SavedQuery {
  const all = listQueries(dir);
  const found = all.find((q) => q.name === name);
  if (!found) {
    throw new ValidationError(
      'QUERY_NOT_FOUND',
      `query: no saved query named "${name}". Known: ${all.map((q) => q.name).join(', ')}. See \`kg query list\`.`,
    );
  }
  return found;
}
