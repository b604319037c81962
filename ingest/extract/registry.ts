/**
 * Document-local entity store: each surface form found is looked up by its normalised keys (and the curated
 * alias table) so that one document's "Citizen Lab", "CitizenLab's" and "**Citizen Lab**" become one local
 * entity with every surface form kept as an alias. Mentions keep exact offsets into the original text.
 */
import type { EntityType, OrganizationKind } from '../../core/model/index.ts';
import { nameKey, personKey, squashKey, tidyName } from '../resolve/keys.ts';
import { findKnown } from '../resolve/known.ts';
import type { KnownEntity } from '../vocabulary/aliases.ts';
import type { FactEntity, FactMention } from './facts.ts';

export interface AddOptions {
  kind?: OrganizationKind;
  date?: string;
  acronym?: string;
  /** Add no mention (the name was inferred, not read at these offsets). */
  noMention?: boolean;
}

const TYPE_STRENGTH: Record<EntityType, number> = {
  Person: 3,
  Organization: 2,
  Technology: 3,
  Document: 2,
  Event: 2,
  Place: 1,
};

/**
 * What the registry asks about a surface form, worked out once per form for the whole batch (finders look
 * the same forms up thousands of times): its curated entry and index keys. Pure functions of the form.
 */
interface SurfaceKeys {
  known: KnownEntity | undefined;
  /** 'known:' + the curated name, when there is one. */
  knownKey: string | undefined;
  /** Name and squashed keys, the empty ones left out. */
  keys: string[];
  /** The same followed by the person key ('p:' + personKey). */
  personKeys: string[];
  personKey: string;
}

const surfaceCache = new Map<string, SurfaceKeys>();

function surfaceKeys(surface: string): SurfaceKeys {
  let sk = surfaceCache.get(surface);
  if (sk === undefined) {
    if (surfaceCache.size > 100_000) surfaceCache.clear();
    const known = findKnown(surface);
    const keys = [nameKey(surface), squashKey(surface)].filter((k) => k.length > 0);
    const person = 'p:' + personKey(surface);
    sk = {
      known,
      knownKey: known ? 'known:' + known.name : undefined,
      keys,
      personKeys: [...keys, person],
      personKey: person,
    };
    surfaceCache.set(surface, sk);
  }
  return sk;
}

export class Registry {
  readonly entities = new Map<string, FactEntity>();
  readonly mentions: FactMention[] = [];
  private readonly index = new Map<string, string>();
  private readonly forward = new Map<string, string>();
  private next = 0;

  constructor(private readonly text: string) {}

  /** Index keys of a surface form (shared, never to be modified). */
  private keysOf(type: EntityType, surface: string): readonly string[] {
    const sk = surfaceKeys(surface);
    return type === 'Person' ? sk.personKeys : sk.keys;
  }

  /** Local key of an already known surface form, if any. */
  lookup(surface: string, type?: EntityType): string | undefined {
    const sk = surfaceKeys(surface);
    if (sk.knownKey !== undefined) {
      const k = this.index.get(sk.knownKey);
      if (k) return k;
    }
    for (const k of sk.keys) {
      const hit = this.index.get(k);
      if (hit) return hit;
    }
    if (type === undefined || type === 'Person') {
      const hit = this.index.get(sk.personKey);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Register a surface form read at [start, end) of the text; returns the local entity key. */
  add(type: EntityType, start: number, end: number, opts: AddOptions = {}): string {
    const surface = tidyName(this.text.slice(start, end));
    const key = this.addName(type, surface, opts);
    if (!opts.noMention) this.mention(key, start, end);
    return key;
  }

  /** Register a name without a position. */
  addName(type: EntityType, surface: string, opts: AddOptions = {}): string {
    const known = surfaceKeys(surface).known;
    if (known) {
      type = known.type;
      opts = { ...opts, kind: known.kind ?? opts.kind };
    }
    let key = this.lookup(surface, type);
    if (!key) {
      key = 'e' + this.next++;
      this.entities.set(key, { key, type, name: known?.name ?? surface, aliases: [] });
    }
    const e = this.entities.get(key) as FactEntity;
    if (known) {
      this.index.set('known:' + known.name, key);
      e.name = known.name;
      e.type = known.type;
    } else if (TYPE_STRENGTH[type] > TYPE_STRENGTH[e.type]) e.type = type;
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    if (opts.kind && !e.kind) e.kind = opts.kind;
    if (opts.date && !e.date) e.date = opts.date;
    if (opts.acronym) this.setAcronym(key, opts.acronym);
    for (const k of this.keysOf(e.type, surface)) if (!this.index.has(k)) this.index.set(k, key);
    return key;
  }

  setAcronym(key: string, acronym: string): void {
    const e = this.entities.get(key);
    if (!e) return;
    e.acronym ??= acronym;
    const other = this.lookup(acronym);
    if (other && other !== key) this.merge(key, other);
    if (!e.aliases.includes(acronym)) e.aliases.push(acronym);
    for (const k of this.keysOf(e.type, acronym)) this.index.set(k, key);
  }

  /** Fold entity `from` into `into`: aliases, mentions, index entries. */
  merge(into: string, from: string): void {
    const a = this.entities.get(into);
    const b = this.entities.get(from);
    if (!a || !b || a === b) return;
    for (const s of b.aliases) if (!a.aliases.includes(s)) a.aliases.push(s);
    a.acronym ??= b.acronym;
    a.kind ??= b.kind;
    a.date ??= b.date;
    this.entities.delete(from);
    this.forward.set(from, into);
    for (const [k, v] of this.index) if (v === from) this.index.set(k, into);
    for (const m of this.mentions) if (m.entity === from) m.entity = into;
  }

  mention(key: string, start: number, end: number): void {
    this.mentions.push({ entity: key, start, end, text: this.text.slice(start, end) });
  }

  /** Resolve a possibly merged-away key to its live key. */
  live(key: string): string {
    let k = key;
    for (let i = 0; i < 50 && !this.entities.has(k); i++) {
      const f = this.forward.get(k);
      if (!f) break;
      k = f;
    }
    return k;
  }
}
