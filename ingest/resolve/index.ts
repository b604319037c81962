/**
 * Public face of entity resolution: merge the facts of many documents into one node per real-world entity
 * with stable ids, reusing the ids of entities already known (in the graph), and turn mentions into
 * MENTIONS relations (source document → entity, with count).
 */
import type {
  Entity,
  EntityType,
  Evidence,
  Mention,
  Relation,
  RelationType,
} from '../../core/model/index.ts';
import type { DocumentFacts } from '../extract/facts.ts';
import { canonical } from './canonical.ts';
import { prepareFacts, type PreparedFacts } from './prepare.ts';
import { acronymMap, cluster, initialsMap, shortFormMap, surfaceKeys, type Item } from './cluster.ts';
import { RelationSet } from './relations.ts';

export { prepareFacts, type PreparedFacts } from './prepare.ts';

export interface Resolved {
  entities: Entity[];
  relations: Relation[];
  mentions: Mention[];
}

/** Ties a place cannot have: no one works for or leads a city, a city publishes nothing (a country may be a member). */
const NOT_FOR_PLACES = new Set<RelationType>([
  'WORKS_FOR',
  'LEADS',
  'PUBLISHED',
  'AUTHORED',
  'SIGNED',
  'CO_CHAIR_OF',
]);

/**
 * True for a tie an extraction rule drew to a name that resolution typed as a place ("By Ana Ruiz, Mexico
 * City, 3 July": the city is no outlet the author works for).
 */
function placeAsActor(type: RelationType, source?: EntityType, target?: EntityType): boolean {
  return NOT_FOR_PLACES.has(type) && (source === 'Place' || target === 'Place');
}

/** Map known graph entities by their comparison keys, to reuse their ids. */
function knownIndex(known: Entity[], acronyms: Map<string, string>): Map<string, Entity> {
  const idx = new Map<string, Entity>();
  for (const e of known) {
    for (const a of [e.name, ...e.aliases])
      for (const k of surfaceKeys(e.type, a, acronyms)) if (!idx.has(k)) idx.set(k, e);
  }
  return idx;
}

/** The first known entity any item of the group has a key of, in item and key order. */
function reused(
  group: number[],
  keys: (i: number) => string[],
  knownIdx: Map<string, Entity>,
): Entity | undefined {
  if (knownIdx.size === 0) return undefined;
  for (const i of group) {
    for (const k of keys(i)) {
      const e = knownIdx.get(k);
      if (e) return e;
    }
  }
  return undefined;
}

/**
 * Resolve per-document facts into global entities, relations (incl. MENTIONS) and mentions.
 * @example const { entities, relations, mentions } = resolveFacts(docs.map(extractDocument), existing);
 */
export function resolveFacts(facts: DocumentFacts[], known: Entity[] = []): Resolved {
  return resolvePrepared(facts.map(prepareFacts), known);
}

/**
 * The same on facts already prepared one by one (prepareFacts, as documents arrive), in document order.
 * @example const resolved = resolvePrepared(facts.map(prepareFacts), existing);
 */
export function resolvePrepared(prepared: readonly PreparedFacts[], known: Entity[] = []): Resolved {
  const facts = prepared.map((p) => p.facts);
  const items: Item[] = facts.flatMap((f) => f.entities.map((entity) => ({ doc: f.document.id, entity })));
  const tidied = prepared.flatMap((p) => p.tidied);
  const defined = acronymMap(items);
  const acronyms = new Map([...initialsMap(items, defined), ...defined]);
  const { groups, keys } = cluster(items, acronyms, shortFormMap(items));
  const knownIdx = knownIndex(known, acronyms);
  const idOf = new Map<string, Map<string, string>>(); // document → local key → global id
  const byId = new Map<string, Entity>();
  for (const g of groups) {
    const c = canonical(
      g.map((i) => (items[i] as Item).entity),
      g.map((i) => tidied[i] as string[]),
    );
    const reuse = reused(g, keys, knownIdx);
    const id = reuse?.id ?? c.id;
    const prev = byId.get(id);
    const aliases = new Set([
      ...(prev?.aliases ?? []),
      ...c.aliases,
      ...(prev && prev.name !== c.name ? [c.name] : []),
    ]);
    const name = reuse?.name ?? prev?.name ?? c.name;
    aliases.delete(name);
    byId.set(id, {
      id,
      type: reuse?.type ?? prev?.type ?? c.type,
      name,
      aliases: [...aliases].sort(),
      ...((prev?.kind ?? c.kind) ? { kind: prev?.kind ?? c.kind } : {}),
      ...((prev?.date ?? c.date) ? { date: prev?.date ?? c.date } : {}),
      mentions: 0,
    });
    for (const i of g) {
      const { doc, entity } = items[i] as Item;
      let local = idOf.get(doc);
      if (!local) idOf.set(doc, (local = new Map()));
      local.set(entity.key, id);
    }
  }

  const mentions: Mention[] = [];
  const relations = new RelationSet();
  for (const p of prepared) {
    const f = p.facts;
    const doc = f.document.id;
    const local = idOf.get(doc);
    const g = (k: string): string | undefined => (k === doc ? doc : local?.get(k));
    const { mentions: records, mentionKeys } = p;
    for (let i = 0; i < records.length; i++) {
      const entity = g(mentionKeys[i] as string);
      if (!entity) continue;
      const m = records[i] as Mention;
      m.entity = entity;
      mentions.push(m);
    }
    // Local counts come in the order of each local key's first mention, so the first local key of a global
    // entity carries its first mention: the map is in the order of each global entity's first mention.
    const counts = new Map<string, { n: number; first: Evidence }>();
    for (const c of p.counts) {
      const entity = g(c.key);
      if (!entity) continue;
      const e = byId.get(entity);
      if (e) e.mentions += c.n;
      const seen = counts.get(entity);
      if (seen) seen.n += c.n;
      else counts.set(entity, { n: c.n, first: c.first });
    }
    for (const [entity, c] of counts) relations.add('MENTIONS', doc, entity, c.first, undefined, c.n);
    for (const r of f.relations) {
      const s = g(r.source);
      const t = g(r.target);
      if (!s || !t || s === t) continue;
      if (placeAsActor(r.type, byId.get(s)?.type, byId.get(t)?.type)) continue;
      relations.add(r.type, s, t, r.evidence, r.role);
    }
  }
  const entities = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { entities, relations: relations.sorted(), mentions };
}
