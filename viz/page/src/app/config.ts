/**
 * The page's one configuration module: defaults for the API address, timings, palette and label settings,
 * validated with zod and resolved once. Other page modules import `pageConfig`; none reads `import.meta.env`.
 * Override at build time with `VITE_KG_API_BASE` (e.g. to point a dev page at another server).
 */
import { z } from 'zod';
import './zod-setup.ts';

export * from './palette.ts';

const PageConfig = z.object({
  /** Prefix of every API call. */
  apiBase: z.string().default('/api'),
  /** Delay before a search request after typing stops. */
  searchDebounceMs: z.number().int().nonnegative().default(150),
  searchLimit: z.number().int().positive().default(10),
  /** Largest ego-network radius offered. */
  maxHops: z.number().int().min(1).max(5).default(3),
  /** localStorage keys (positions are kept per entity id). */
  storage: z
    .object({ positions: z.string(), layout: z.string() })
    .default({ positions: 'kg.positions.v1', layout: 'kg.layout.v1' }),
  /** ForceAtlas2 run length before it stops by itself (ms); the user can resume. */
  layoutAutoStopMs: z.number().int().positive().default(6000),
});
export type PageConfig = z.infer<typeof PageConfig>;

function resolve(): PageConfig {
  const env = import.meta.env as Record<string, string | undefined>;
  return PageConfig.parse({ apiBase: env.VITE_KG_API_BASE || undefined });
}

/** The resolved page configuration. */
export const pageConfig: PageConfig = resolve();
