/**
 * Lookup into the curated alias table (ingest/vocabulary/aliases.ts) by normalised key.
 */
import { KNOWN_ENTITIES, type KnownEntity } from '../vocabulary/aliases.ts';
import { nameKey, squashKey } from './keys.ts';

const byKey = new Map<string, KnownEntity>();
for (const k of KNOWN_ENTITIES) {
  for (const s of [k.name, ...k.aliases, ...(k.lowercase ?? [])]) {
    byKey.set(nameKey(s), k);
    byKey.set('s:' + squashKey(s), k);
  }
}

/**
 * The curated entry a surface form names, if any.
 * @example findKnown("OGP's")?.name // 'Open Government Partnership'
 */
export function findKnown(surface: string): KnownEntity | undefined {
  const cached = cache.get(surface);
  if (cached !== undefined) return cached ?? undefined;
  if (cache.size > 100_000) cache.clear();
  const hit = byKey.get(nameKey(surface)) ?? byKey.get('s:' + squashKey(surface));
  cache.set(surface, hit ?? null);
  return hit;
}

/** Surface form → its entry, or null for none (one map lookup either way). */
const cache = new Map<string, KnownEntity | null>();

/** Every curated entry (for occurrence search of acronyms and lower-case aliases). */
export function knownEntities(): readonly KnownEntity[] {
  return KNOWN_ENTITIES;
}
