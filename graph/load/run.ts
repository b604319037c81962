/**
 * Runs one planned unit in one managed write transaction: documents, then entities, then relationships,
 * then MENTIONS edges and mention totals, each as UNWIND statements of at most `batchSize` rows. The driver
 * retries the whole unit on transient errors; any other error rolls the unit back.
 */
import type { ManagedTransaction, Session } from 'neo4j-driver';
import { toNative } from '../connection/index.ts';
import type { LoadUnit } from './plan.ts';
import type { RelationRow } from './rows.ts';
import {
  DOCUMENT_STATEMENT,
  ENTITY_STATEMENT,
  MENTION_EDGE_STATEMENT,
  MENTION_TOTALS_STATEMENT,
  entityStatementFor,
  relationStatementFor,
} from './statements.ts';

export interface UnitCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Relationship rows written (MERGEd); fewer than planned means an endpoint was missing. */
  relationsMerged: number;
}

interface Step {
  cypher: string;
  rows: unknown[];
  param: 'rows' | 'ids';
  relation: boolean;
}

function steps(unit: LoadUnit, skipEntities: ReadonlySet<string>): Step[] {
  const list: Step[] = [];
  const push = (cypher: string, rows: unknown[], relation = false, param: Step['param'] = 'rows') => {
    if (rows.length > 0) list.push({ cypher, rows, param, relation });
  };
  push(DOCUMENT_STATEMENT, unit.documents);
  const entities = unit.entities.filter((e) => !skipEntities.has(e.id));
  for (const e of entities) entityStatementFor(e.type); // throws on a type outside the vocabulary
  push(ENTITY_STATEMENT, entities);
  const byStatement = groupRows(unit.relations, (r) =>
    relationStatementFor(r.type, r.sourceLabel, r.targetLabel),
  );
  for (const [cypher, rows] of byStatement) push(cypher, rows.map(slim), true);
  push(MENTION_EDGE_STATEMENT, unit.mentionEdges.map(slimMention), true);
  push(MENTION_TOTALS_STATEMENT, [...new Set(unit.mentionEdges.map((e) => e.target))], false, 'ids');
  return list;
}

/** Only what the statements read, so large batches do not ship unused fields over Bolt. */
const slim = (r: RelationRow) => ({
  id: r.id,
  type: r.type,
  evidence: `[${r.items.join(',')}]`,
  source: r.source,
  target: r.target,
  role: r.role,
  keys: r.keys,
  items: r.items,
  documents: r.documents,
  methods: r.methods,
  confidence: r.confidence,
});
const slimMention = (r: RelationRow) => ({ ...slim(r), count: r.count, starts: r.starts, ends: r.ends });

/**
 * Runs a unit; entities in `skipEntities` (already committed by an earlier unit of the same load, from
 * the same complete entity row) are not merged again.
 * @example const counters = await runUnit(session, unit, 2000);
 */
export async function runUnit(
  session: Session,
  unit: LoadUnit,
  batchSize: number,
  skipEntities: ReadonlySet<string> = new Set(),
): Promise<UnitCounters> {
  const plan = steps(unit, skipEntities);
  return session.executeWrite(async (tx: ManagedTransaction) => {
    const counters: UnitCounters = {
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      relationsMerged: 0,
    };
    // Every statement is sent before the first result is awaited: the driver pipelines them on the one
    // connection, so packing the next batch overlaps the server running the previous one. They run in
    // order, so documents and entities are in place before the relationships that need them.
    const pending = plan.flatMap((step) => {
      const results = [];
      for (let i = 0; i < step.rows.length; i += batchSize)
        results.push(tx.run(step.cypher, { [step.param]: step.rows.slice(i, i + batchSize) }));
      return results.map((result) => ({ step, result }));
    });
    // Promise.all subscribes to every result at once, so a failure is reported once and none goes unhandled.
    const results = await Promise.all(pending.map(({ result }) => result));
    for (const [i, { records, summary }] of results.entries()) {
      const step = (pending[i] as (typeof pending)[number]).step;
      const updates = summary.counters.updates();
      counters.nodesCreated += updates.nodesCreated;
      counters.relationshipsCreated += updates.relationshipsCreated;
      counters.propertiesSet += updates.propertiesSet;
      if (step.relation) counters.relationsMerged += Number(toNative(records[0]?.get('merged') ?? 0));
    }
    return counters;
  });
}

function groupRows<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
