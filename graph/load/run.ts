/**
 * Runs one planned unit in one managed write transaction: documents and entities first (they return the
 * element id of every node they merge), then relationships, MENTIONS edges and mention totals, each as
 * UNWIND statements of at most `batchSize` rows. A relationship whose two endpoints have a known element id
 * (merged by this unit or committed earlier in the same load) finds them by a direct element-id seek; the
 * others through the id constraints. The driver retries the whole unit on transient errors (deadlocks
 * included); any other error rolls the unit back.
 */
import type { ManagedTransaction, QueryResult, Session } from 'neo4j-driver';
import { toNative } from '../connection/index.ts';
import type { LoadUnit } from './plan.ts';
import type { RelationRow } from './rows.ts';
import {
  DOCUMENT_STATEMENT,
  ENTITY_STATEMENT,
  MENTION_TOTALS_STATEMENT,
  MERGE_EVIDENCE_STATEMENT,
  entityStatementFor,
  mentionEdgeStatementFor,
  relationStatementFor,
  type EndpointLookup,
} from './statements.ts';

export interface UnitCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Relationship rows written (MERGEd); fewer than planned means an endpoint was missing. */
  relationsMerged: number;
  /** Element ids of the documents and entities this unit merged, by kg id (valid once it committed). */
  elementIds: Map<string, string>;
}

export interface RunOptions {
  /** Entities already committed by an earlier unit of the same load, from the same complete row: not merged again. */
  skipEntities?: ReadonlySet<string>;
  /** Element ids of nodes committed earlier in the same load, by kg id. */
  elementIds?: ReadonlyMap<string, string>;
}

interface Step {
  cypher: string;
  rows: unknown[];
  param: 'rows' | 'ids';
  relation: boolean;
}

function nodeSteps(unit: LoadUnit, skipEntities: ReadonlySet<string>): Step[] {
  const list: Step[] = [];
  if (unit.documents.length > 0)
    list.push({ cypher: DOCUMENT_STATEMENT, rows: unit.documents, param: 'rows', relation: false });
  const entities = unit.entities.filter((e) => !skipEntities.has(e.id));
  for (const e of entities) entityStatementFor(e.type); // throws on a type outside the vocabulary
  if (entities.length > 0)
    list.push({ cypher: ENTITY_STATEMENT, rows: entities, param: 'rows', relation: false });
  return list;
}

function edgeSteps(unit: LoadUnit, elementId: (id: string) => string | undefined): Step[] {
  const list: Step[] = [];
  const push = (cypher: string, rows: unknown[], relation = true, param: Step['param'] = 'rows') => {
    if (rows.length > 0) list.push({ cypher, rows, param, relation });
  };
  const lookupOf = (r: RelationRow): [EndpointLookup, string | undefined, string | undefined] => {
    const a = elementId(r.source);
    const b = elementId(r.target);
    return a !== undefined && b !== undefined ? ['element', a, b] : ['id', undefined, undefined];
  };
  const byStatement = new Map<string, unknown[]>();
  for (const r of unit.relations) {
    const [lookup, a, b] = lookupOf(r);
    const cypher = relationStatementFor(r.type, r.sourceLabel, r.targetLabel, lookup);
    const group = byStatement.get(cypher);
    const row = createRow(r, a, b);
    if (group) group.push(row);
    else byStatement.set(cypher, [row]);
  }
  for (const [cypher, rows] of byStatement) push(cypher, rows);
  const mentions = { id: [] as unknown[], element: [] as unknown[] };
  for (const r of unit.mentionEdges) {
    const [lookup, a, b] = lookupOf(r);
    mentions[lookup].push({
      ...createRow(r, a, b),
      items: r.items,
      count: r.count,
      starts: r.starts,
      ends: r.ends,
    });
  }
  push(mentionEdgeStatementFor('element'), mentions.element);
  push(mentionEdgeStatementFor('id'), mentions.id);
  push(MENTION_TOTALS_STATEMENT, [...new Set(unit.mentionEdges.map((e) => e.target))], false, 'ids');
  return list;
}

/**
 * The row of a relationship statement: only what it reads, so batches do not ship unused fields over Bolt
 * (packing them was the client's largest cost, unpacking them the server's). Endpoints go as element ids
 * when both are known, else as kg ids; the evidence goes once, as the JSON list the statement stores (its
 * items are needed only when evidence is merged into an existing relationship: `mergeRow`); no `role` key
 * when there is none (a missing key reads as null).
 */
const createRow = (r: RelationRow, a: string | undefined, b: string | undefined) => {
  const row: Record<string, unknown> =
    a !== undefined && b !== undefined
      ? { id: r.id, a, b }
      : { id: r.id, source: r.source, target: r.target };
  if (r.role !== null) row.role = r.role;
  row.evidence = `[${r.items.join(',')}]`;
  row.keys = r.keys;
  row.documents = r.documents;
  row.methods = r.methods;
  row.confidence = r.confidence;
  return row;
};

/** What `MERGE_EVIDENCE` reads: the row's evidence items with their keys and summaries. */
const evidenceFields = (r: RelationRow) => ({
  keys: r.keys,
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
  const known = options.elementIds ?? new Map<string, string>();
  const nodes = nodeSteps(unit, skipEntities);
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
          const elementIds = record.get('elementIds') as string[];
          for (const [j, id] of ids.entries()) counters.elementIds.set(id, elementIds[j] as string);
        }
      }
    };
    // Nodes first; the relationship statements need their element ids. Within each phase every statement
    // is sent before the first result is awaited: the driver pipelines them on the one connection, so
    // packing the next batch overlaps the server running the previous one. They run in order.
    add(...(await runAll(tx, nodes, batchSize)));
    const fresh = counters.elementIds;
    const edges = edgeSteps(unit, (id) => fresh.get(id) ?? known.get(id));
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
      pending.push(tx.run(step.cypher, { [step.param]: step.rows.slice(i, i + batchSize) }));
    }
  }
  // Promise.all subscribes to every result at once, so a failure is reported once and none goes unhandled.
  return [batchSteps, await Promise.all(pending)];
}
