/**
 * The viewer's one way to read Neo4j: parameterised Cypher in a READ session with a timeout, records
 * turned into plain JS by the connection module's `toNative`, and driver failures turned into
 * DatabaseError by the handle (naming the server and what to do; the API answers 503).
 */
import neo4j, { int } from 'neo4j-driver';
import { DatabaseError, isKgError } from '../../../core/errors.ts';
import { toNative, type Neo4jHandle } from '../../../graph/connection/index.ts';

export interface ReadContext {
  handle: Neo4jHandle;
  timeoutMs: number;
}

function failure(ctx: ReadContext, error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /TransactionTimedOut|TransactionTimeout/.test(code)) {
    return new DatabaseError(
      'NEO4J_TIMEOUT',
      `viewer: Neo4j at ${ctx.handle.uri} took more than ${ctx.timeoutMs} ms; ask for less (a lower limit or fewer hops).`,
      { cause: error, retriable: true },
    );
  }
  return ctx.handle.toError(error);
}

/** JS integers as Neo4j integers (LIMIT and ranges refuse floats); lists converted item by item. */
function driverParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown =>
    typeof v === 'number' && Number.isInteger(v) ? int(v) : Array.isArray(v) ? v.map(convert) : v;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}

/**
 * Runs a read query and returns its rows as plain objects. An auto-commit read rather than executeQuery:
 * a stopped database must answer 503 at once, not after the driver's retries; the person can reload.
 * @example const rows = await readRows(ctx, 'MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id });
 */
export async function readRows<T = Record<string, unknown>>(
  ctx: ReadContext,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const session = ctx.handle.driver.session({
    database: ctx.handle.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.run(cypher, driverParams(params), { timeout: ctx.timeoutMs });
    return result.records.map((record) => toNative(record.toObject()) as T);
  } catch (error) {
    if (isKgError(error)) throw error;
    throw failure(ctx, error);
  } finally {
    await session.close();
  }
}
