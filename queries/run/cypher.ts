/**
 * Runs one piece of user Cypher safely: static refusals, then `EXPLAIN` in a READ session to refuse
 * anything whose queryType is not 'r', then the query itself in an explicit READ transaction with a
 * server-side timeout, reading at most maxRows + 1 records so a cut answer says `truncated`.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { loadConfig } from '../../core/config.ts';
import { QueryError, ValidationError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import type { View } from '../library/header.ts';
import { toQueryError } from './errors.ts';
import { assertAllowed } from './guard.ts';
import { toDriverParams } from './params.ts';
import type { QueryResult } from './result.ts';
import { GraphCollector } from './shape.ts';

/** What the runner needs of a Neo4j handle (graph/connection's Neo4jHandle fits). */
export interface QueryHandle {
  driver: Driver;
  database: string;
}

export interface RunOptions {
  /** Server-side transaction timeout; default config.query.timeoutMs. */
  timeoutMs?: number;
  /** Row cap; default config.query.maxRows. */
  maxRows?: number;
  /** How the answer is best shown; ad-hoc Cypher defaults to `graph` when it returned graph values. */
  view?: View;
  log?: Logger;
}

const EXPLAIN = 'EXPLAIN ';

function limits(opts: RunOptions): { timeoutMs: number; maxRows: number } {
  const needDefaults = opts.timeoutMs === undefined || opts.maxRows === undefined;
  const defaults = needDefaults ? loadConfig().query : { timeoutMs: 0, maxRows: 0 };
  const timeoutMs = opts.timeoutMs ?? defaults.timeoutMs;
  const maxRows = opts.maxRows ?? defaults.maxRows;
  for (const [name, value] of Object.entries({ timeoutMs, maxRows })) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new ValidationError(
        'OPTION_INVALID',
        `cypher: ${name} must be a positive integer, got ${value}.`,
      );
    }
  }
  return { timeoutMs, maxRows };
}

/**
 * @example
 * const r = await runCypher(handle, 'MATCH (p:Person) RETURN p.name AS name LIMIT $n', { n: 5 });
 * r.rows // → [{ name: 'Juan E. Pardinás' }, ...]
 */
export async function runCypher(
  handle: QueryHandle,
  cypher: string,
  params: Record<string, unknown> = {},
  opts: RunOptions = {},
): Promise<QueryResult> {
  const { timeoutMs, maxRows } = limits(opts);
  if (typeof cypher !== 'string' || cypher.trim() === '') {
    throw new ValidationError('QUERY_EMPTY', 'cypher: the query is empty. Write a MATCH ... RETURN query.');
  }
  assertAllowed(cypher);
  const driverParams = toDriverParams(params);
  const started = performance.now();
  const session = handle.driver.session({
    database: handle.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    let queryType: string;
    try {
      const explained = await session.run(EXPLAIN + cypher, driverParams, { timeout: timeoutMs });
      queryType = explained.summary.queryType;
    } catch (error) {
      throw toQueryError(error, { timeoutMs, shift: EXPLAIN.length });
    }
    if (queryType !== 'r') {
      throw new QueryError(
        'QUERY_NOT_READ_ONLY',
        `cypher: refused, this query ${queryType === 's' ? 'changes the schema or server' : 'writes'} (queryType ${queryType}). Only read queries run here; load data with \`kg ingest\`.`,
      );
    }
    const { columns, records, truncated } = await readCapped(
      session,
      cypher,
      driverParams,
      timeoutMs,
      maxRows,
    );
    const collector = new GraphCollector();
    for (const record of records) for (const value of record.values()) collector.collect(value);
    await fetchEndpoints(session, collector, timeoutMs);
    const rows = records.map((record) =>
      Object.fromEntries(columns.map((c) => [c, collector.shape(record.get(c))])),
    );
    const graph = collector.graph();
    const view = opts.view ?? (graph.nodes.length > 0 ? 'graph' : 'table');
    const elapsedMs = Math.round(performance.now() - started);
    opts.log?.debug('cypher: ran', { rows: rows.length, truncated, elapsedMs });
    return { columns, rows, graph, truncated, elapsedMs, view };
  } finally {
    await session.close();
  }
}

async function readCapped(
  session: ReturnType<Driver['session']>,
  cypher: string,
  params: Record<string, unknown>,
  timeoutMs: number,
  maxRows: number,
): Promise<{ columns: string[]; records: Neo4jRecord[]; truncated: boolean }> {
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    const result = tx.run(cypher, params);
    const columns = await result.keys();
    const records: Neo4jRecord[] = [];
    let truncated = false;
    for await (const record of result) {
      if (records.length === maxRows) {
        truncated = true;
        break;
      }
      records.push(record);
    }
    return { columns: [...columns], records, truncated };
  } catch (error) {
    throw toQueryError(error, { timeoutMs });
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
  }
}

/** Relationships whose end nodes the query did not return: fetch those nodes so ids are stable. */
async function fetchEndpoints(
  session: ReturnType<Driver['session']>,
  collector: GraphCollector,
  timeoutMs: number,
): Promise<void> {
  const missing = collector.missingEndpoints();
  if (missing.length === 0) return;
  try {
    const res = await session.executeRead(
      (tx) => tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing }),
      { timeout: timeoutMs },
    );
    for (const record of res.records) collector.addNode(record.get('n'));
  } catch (error) {
    throw toQueryError(error, { timeoutMs });
  }
}
