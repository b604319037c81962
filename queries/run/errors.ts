/**
 * Maps driver errors from user Cypher to kg's typed errors: syntax errors keep Neo4j's message and gain a
 * position (line, column, offset), time-outs become QUERY_TIMEOUT, write attempts QUERY_NOT_READ_ONLY,
 * and a database that cannot be reached a retriable DatabaseError.
 */
import { Neo4jError } from 'neo4j-driver';
import { DatabaseError, QueryError, ValidationError, type KgError } from '../../core/errors.ts';

export interface CypherPosition {
  line: number;
  column: number;
  offset: number;
}

/** A Cypher syntax error with where it is in the query text the user wrote. */
export class CypherSyntaxError extends QueryError {
  readonly position: CypherPosition | undefined;
  constructor(message: string, position: CypherPosition | undefined, cause: unknown) {
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    super('QUERY_SYNTAX', `cypher: syntax error${where}: ${message} Fix the query and run it again.`, {
      cause,
    });
    this.position = position;
  }
}

/** Position from the GQL diagnostic record, else from "(line 1, column 7 (offset: 6))" in the message. */
export function positionOf(error: Neo4jError, shift = 0): CypherPosition | undefined {
  const raw = (error.diagnosticRecord as Record<string, unknown> | undefined)?._position as
    Record<string, unknown> | undefined;
  let pos: CypherPosition | undefined;
  if (raw && raw.line !== undefined) {
    pos = { line: Number(raw.line), column: Number(raw.column), offset: Number(raw.offset) };
  } else {
    const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(error.message);
    if (m) pos = { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) };
  }
  if (!pos || shift === 0) return pos;
  return {
    line: pos.line,
    column: pos.line === 1 ? Math.max(1, pos.column - shift) : pos.column,
    offset: Math.max(0, pos.offset - shift),
  };
}

/** Neo4j's message without the "(line, column)" tail and the caret drawing. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message)
    .replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)/, '')
    .trim();
}

const TIMEOUT = /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed.*timeout/i;

/**
 * @param shift characters kg prepended to line 1 (`EXPLAIN `) so positions point into the user's text.
 * @example throw toQueryError(error, { timeoutMs: 10000 })
 */
export function toQueryError(error: unknown, ctx: { timeoutMs: number; shift?: number }): KgError {
  if (!(error instanceof Neo4jError)) {
    return new DatabaseError('QUERY_FAILED', `cypher: ${String(error)}. Check the database and retry.`, {
      cause: error,
    });
  }
  const code = error.code;
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new CypherSyntaxError(firstLine(error.message), positionOf(error, ctx.shift), error);
  }
  if (TIMEOUT.test(code) || /timed out|timeout/i.test(firstLine(error.message))) {
    return new QueryError(
      'QUERY_TIMEOUT',
      `cypher: stopped after the ${ctx.timeoutMs} ms time limit. Narrow the query (LIMIT, fewer hops) or raise --timeout.`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.')) {
    return new QueryError(
      'QUERY_NOT_READ_ONLY',
      `cypher: refused, the query tries to write (${firstLine(error.message)}). Only read queries run here.`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Statement.ParameterMissing') {
    return new ValidationError(
      'PARAM_MISSING',
      `cypher: ${firstLine(error.message)}. Pass it with --param name=value.`,
      { cause: error },
    );
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DatabaseError(
      'NEO4J_UNAVAILABLE',
      `cypher: Neo4j stopped answering (${firstLine(error.message)}). Check \`kg neo4j status\` and retry.`,
      { cause: error, retriable: true },
    );
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new QueryError('QUERY_FAILED', `cypher: ${firstLine(error.message)} (${code}). Fix the query.`, {
      cause: error,
    });
  }
  return new DatabaseError('QUERY_FAILED', `cypher: Neo4j failed: ${firstLine(error.message)} (${code}).`, {
    cause: error,
    retriable: error.retriable,
  });
}
