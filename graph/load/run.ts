/**
 * Runs one planned unit in one managed write transaction: documents and entities first (they return the
 * element id of every node they merge), then relationships, MENTIONS edges and mention totals, each as
 * UNWIND statements of at most `batchSize` rows. A relationship whose two endpoints have a known element id
 * (merged by this unit or committed earlier in the same load) finds them by a direct element-id seek; the
 * others through the id constraints. The driver retries the whole unit on transient errors (deadlocks
 * included); any other error rolls the unit back.
 */
import type { Integer, ManagedTransaction, QueryResult, Session } from 'neo4j-driver';
import { toNative } from '../connection/index.ts';
import type { LoadUnit } from './plan.ts';
import { evidenceKeyPrefix, type RelationRow } from './rows.ts';
import {
  DOCUMENT_STATEMENT,
  MENTION_TOTALS_STATEMENT,
  MERGE_EVIDENCE_STATEMENT,
  entityStatementFor,
  mentionEdgeStatementFor,
  relationStatementFor,
  type EndpointLookup,
  type WriteMode,
} from './statements.ts';

export interface UnitCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Relationship rows written (MERGEd); fewer than planned means an endpoint was missing. */
  relationsMerged: number;
  /** Internal ids of the documents and entities this unit merged, by kg id (valid once it committed). */
  elementIds: Map<string, number>;
}

export interface RunOptions {
  /** Entities already committed by an earlier unit of the same load, from the same complete row: not merged again. */
  skipEntities?: ReadonlySet<string>;
  /** Internal ids of nodes committed earlier in the same load, by kg id. */
  elementIds?: ReadonlyMap<string, number>;
  /**
   * Entities and relationships that cannot be in the graph yet (it was empty when the load started and no
   * earlier unit wrote them): CREATEd instead of MERGEd. Default: nothing is known new.
   */
  isNew?: (kind: 'entity' | 'relation', id: string) => boolean;
}

interface Step {
  cypher: string;
  rows: unknown[];
  param: 'rows' | 'ids';
  relation: boolean;
  /** Parameters sent with every batch of the step besides its rows (the lookup tables of `Tables`). */
  shared?: Record<string, unknown>;
}

const NEVER_NEW = () => false;

function nodeSteps(unit: LoadUnit, skipEntities: ReadonlySet<string>, isNew: RunOptions['isNew']): Step[] {
  const list: Step[] = [];
  if (unit.documents.length > 0) {
    const rows = unit.documents.map((d) => [
      d.id,
      d.path,
      d.title,
      d.date,
      d.kind,
      d.sha256,
      d.format,
      d.text,
    ]);
    list.push({ cypher: DOCUMENT_STATEMENT, rows, param: 'rows', relation: false });
  }
  const byMode: Record<WriteMode, unknown[]> = { merge: [], create: [] };
  for (const e of unit.entities) {
    if (skipEntities.has(e.id)) continue;
    entityStatementFor(e.type); // throws on a type outside the vocabulary
    const mode = isNew?.('entity', e.id) ? 'create' : 'merge';
    byMode[mode].push([e.id, e.type, e.name, e.aliases, e.kind, e.date, e.mentions]);
  }
  for (const mode of ['create', 'merge'] as const) {
    if (byMode[mode].length > 0)
      list.push({
        cypher: entityStatementFor('Person', mode),
        rows: byMode[mode],
        param: 'rows',
        relation: false,
      });
  }
  return list;
}

function edgeSteps(
  unit: LoadUnit,
  elementId: (id: string) => number | undefined,
  isNew: NonNullable<RunOptions['isNew']>,
): Step[] {
  const list: Step[] = [];
  const push = (cypher: string, rows: unknown[], shared?: Tables) => {
    if (rows.length > 0) list.push({ cypher, rows, param: 'rows', relation: true, shared: shared?.params() });
  };
  const lookupOf = (r: RelationRow): [EndpointLookup, number | undefined, number | undefined] => {
    const a = elementId(r.source);
    const b = elementId(r.target);
    return a !== undefined && b !== undefined ? ['element', a, b] : ['id', undefined, undefined];
  };
  const byStatement = new Map<string, { rows: unknown[]; tables: Tables }>();
  for (const r of unit.relations) {
    const [lookup, a, b] = lookupOf(r);
    const mode = isNew('relation', r.id) ? 'create' : 'merge';
    const cypher = relationStatementFor(r.type, r.sourceLabel, r.targetLabel, lookup, mode);
    let group = byStatement.get(cypher);
    if (!group) byStatement.set(cypher, (group = { rows: [], tables: new Tables() }));
    group.rows.push(createRow(r, a, b, group.tables));
  }
  for (const [cypher, { rows, tables }] of byStatement) push(cypher, rows, tables);
  const mentions = { id: [] as unknown[], element: [] as unknown[] };
  const tables = new Tables();
  for (const r of unit.mentionEdges) {
    const [lookup, a, b] = lookupOf(r);
    mentions[lookup].push([
      ...createRow(r, a, b, tables),
      r.items,
      r.keys,
      r.items.map(evidenceKeyPrefix),
      r.count,
      r.starts,
      r.ends,
    ]);
  }
  push(mentionEdgeStatementFor('element'), mentions.element, tables);
  push(mentionEdgeStatementFor('id'), mentions.id, tables);
  const totals = [...new Set(unit.mentionEdges.map((e) => e.target))];
  if (totals.length > 0)
    list.push({ cypher: MENTION_TOTALS_STATEMENT, rows: totals, param: 'ids', relation: false });
  return list;
}

/**
 * The lookup tables of one statement's rows: the distinct `documents` and `methods` lists and relationship
 * types, which a row names by position (`$documents[row[5]]`). A load's rows share a handful of each, so a
 * row carries three small numbers instead of two lists of strings and a type name: less for the client to
 * pack and for the server to unpack. The driver packs a JS number as a float (an Integer object costs it
 * several allocations to pack), so the statements read positions through `toInteger`.
 */
class Tables {
  readonly documents: string[][] = [];
  readonly methods: string[][] = [];
  readonly types: string[] = [];
  private readonly positions = [
    new Map<string, number>(),
    new Map<string, number>(),
    new Map<string, number>(),
  ];

  /** The position of a list in its table (0 documents, 1 methods), adding it when new. */
  list(table: 0 | 1, values: string[]): number {
    const key = values.length === 1 ? (values[0] as string) : values.join('\u0000');
    const positions = this.positions[table] as Map<string, number>;
    let position = positions.get(key);
    if (position === undefined) {
      const into = table === 0 ? this.documents : this.methods;
      positions.set(key, (position = into.length));
      into.push(values);
    }
    return position;
  }

  type(type: string): number {
    const positions = this.positions[2] as Map<string, number>;
    let position = positions.get(type);
    if (position === undefined) {
      positions.set(type, (position = this.types.length));
      this.types.push(type);
    }
    return position;
  }

  params(): Record<string, unknown> {
    return { documents: this.documents, methods: this.methods, types: this.types };
  }
}

/**
 * The row of a relationship statement, a list (see statements.ts): only what it reads, so batches do not
 * ship unused fields over Bolt (packing them was the client's largest cost, unpacking them the server's).
 * Endpoints go as internal node ids when both are known, else as kg ids; the evidence goes once, as the JSON
 * list the statement stores (its items are needed only when evidence is merged into an existing
 * relationship: `evidenceFields`); documents, methods and type as positions in the statement's `tables`.
 */
const createRow = (
  r: RelationRow,
  a: number | undefined,
  b: number | undefined,
  tables: Tables,
): unknown[] => [
  r.id,
  a !== undefined && b !== undefined ? a : r.source,
  a !== undefined && b !== undefined ? b : r.target,
  r.items.length === 1 ? `[${r.items[0]}]` : `[${r.items.join(',')}]`,
  r.items.length,
  tables.list(0, r.documents),
  tables.list(1, r.methods),
  r.confidence,
  r.role,
  tables.type(r.type), // read by the CREATE statement only (a dynamic type, checked by relationStatementFor)
];

/** What `MERGE_EVIDENCE` reads: the row's evidence items with their keys and summaries. */
const evidenceFields = (r: RelationRow) => ({
  keys: r.keys,
  prefixes: r.items.map(evidenceKeyPrefix),
  items: r.items,
  documents: r.documents,
  methods: r.methods,
  confidence: r.confidence,
});

/**
 * Runs a unit and returns what it changed.
 * @example const counters = await runUnit(session, unit, 2000);
 */
export async function runUnit(
  session: Session,
  unit: LoadUnit,
  batchSize: number,
  options: RunOptions = {},
): Promise<UnitCounters> {
  const skipEntities = options.skipEntities ?? new Set<string>();
  const known = options.elementIds ?? new Map<string, number>();
  const isNew = options.isNew ?? NEVER_NEW;
  const nodes = nodeSteps(unit, skipEntities, isNew);
  return session.executeWrite(async (tx: ManagedTransaction) => {
    const counters: UnitCounters = {
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      relationsMerged: 0,
      elementIds: new Map(),
    };
    const stale: Array<[string, string]> = [];
    const add = (steps: Step[], results: QueryResult[]) => {
      for (const [i, { records, summary }] of results.entries()) {
        const step = steps[i] as Step;
        const updates = summary.counters.updates();
        counters.nodesCreated += updates.nodesCreated;
        counters.relationshipsCreated += updates.relationshipsCreated;
        counters.propertiesSet += updates.propertiesSet;
        const record = records[0];
        if (!record) continue;
        if (step.relation) {
          counters.relationsMerged += Number(toNative(record.get('merged')));
          if (record.has('stale')) stale.push(...(record.get('stale') as Array<[string, string]>));
        } else if (record.has('elementIds')) {
          const ids = record.get('ids') as string[];
          const elementIds = record.get('elementIds') as Integer[];
          for (const [j, id] of ids.entries())
            counters.elementIds.set(id, (elementIds[j] as Integer).toNumber());
        }
      }
    };
    // Nodes first; the relationship statements need their element ids. Within each phase every statement
    // is sent before the first result is awaited: the driver pipelines them on the one connection, so
    // packing the next batch overlaps the server running the previous one. They run in order.
    add(...(await runAll(tx, nodes, batchSize)));
    const fresh = counters.elementIds;
    const edges = edgeSteps(unit, (id) => fresh.get(id) ?? known.get(id), isNew);
    add(...(await runAll(tx, edges, batchSize)));
    // Relationships that existed with other evidence (a new document citing them, a re-load): add the rows'
    // evidence they lack. A first load has none.
    if (stale.length > 0) {
      const rows = new Map(unit.relations.map((r) => [r.id, r]));
      const merges = stale.map(([id, r]) => ({ ...evidenceFields(rows.get(id) as RelationRow), r }));
      add(
        ...(await runAll(
          tx,
          [{ cypher: MERGE_EVIDENCE_STATEMENT, rows: merges, param: 'rows', relation: false }],
          batchSize,
        )),
      );
    }
    return counters;
  });
}

/** Sends every batch of every step, then awaits them all; returns each batch's step and result. */
async function runAll(
  tx: ManagedTransaction,
  steps: Step[],
  batchSize: number,
): Promise<[Step[], QueryResult[]]> {
  const batchSteps: Step[] = [];
  const pending = [];
  for (const step of steps) {
    for (let i = 0; i < step.rows.length; i += batchSize) {
      batchSteps.push(step);
      pending.push(tx.run(step.cypher, { ...step.shared, [step.param]: step.rows.slice(i, i + batchSize) }));
    }
  }
  // Promise.all subscribes to every result at once, so a failure is reported once and none goes unhandled.
  return [batchSteps, await Promise.all(pending)];
}
