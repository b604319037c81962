/**
 * Makes sure `viz/dist` holds a page built from the current sources: builds it with Vite's JS API when it
 * is missing or older than any file under viz/page or viz/api (what `npm run build:viz` does).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../../core/config.ts';

const SOURCES = ['viz/page', 'viz/api'].map((p) => path.join(PROJECT_ROOT, p));
export const DIST_INDEX = path.join(PROJECT_ROOT, 'viz', 'dist', 'index.html');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** True when viz/dist is missing or older than its sources. */
export function pageIsStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const built = statSync(DIST_INDEX).mtimeMs;
  return SOURCES.some((dir) => newest(dir) > built);
}

/**
 * Builds the page when stale; returns whether it built.
 * @example
 * beforeAll(() => ensurePageBuilt(), 120_000);
 */
export async function ensurePageBuilt(): Promise<boolean> {
  if (!pageIsStale()) return false;
  await build({ configFile: path.join(PROJECT_ROOT, 'viz', 'page', 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
