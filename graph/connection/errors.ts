/**
 * Turns neo4j-driver errors into kg's DatabaseError with a stable code and a message naming the URI and
 * what to do next. `retriable` and `cause` are kept so callers (and the driver's retries) still work.
 */
import { Neo4jError } from 'neo4j-driver';
import { DatabaseError, isKgError, type KgError } from '../../core/errors.ts';

export interface ErrorContext {
  uri: string;
  database: string;
  /** True for kg's own local server: the advice is then `kg neo4j start`. */
  local: boolean;
}

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/**
 * @example
 * try { await driver.executeQuery('RETURN 1'); } catch (e) { throw toDatabaseError(e, ctx); }
 */
export function toDatabaseError(error: unknown, ctx: ErrorContext): KgError {
  if (isKgError(error)) return error;
  const code = error instanceof Neo4jError ? error.code : undefined;
  const retriable = error instanceof Neo4jError ? error.retryable : false;
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    const advice = ctx.local
      ? 'start the local server with `kg neo4j start` or set NEO4J_URI'
      : 'check that the server is running and NEO4J_URI is right';
    return new DatabaseError(
      'NEO4J_UNAVAILABLE',
      `neo4j: the database is not reachable at ${ctx.uri}; ${advice}.`,
      {
        cause: error,
        retriable,
      },
    );
  }
  if (code !== undefined && AUTH_CODES.has(code)) {
    const advice = ctx.local
      ? 'the local password is kept in <KG_HOME>/neo4j/password; unset NEO4J_PASSWORD to use it'
      : 'check NEO4J_USER and NEO4J_PASSWORD';
    return new DatabaseError(
      'NEO4J_AUTH',
      `neo4j: ${ctx.uri} refused the credentials (${detail}); ${advice}.`,
      {
        cause: error,
        retriable: false,
      },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseError(
      'NEO4J_DATABASE_NOT_FOUND',
      `neo4j: database "${ctx.database}" does not exist on ${ctx.uri}; set NEO4J_DATABASE to an existing one (Community has only "neo4j").`,
      { cause: error, retriable: false },
    );
  }
  return new DatabaseError('NEO4J_ERROR', `neo4j: ${ctx.uri} reported ${code ?? 'an error'}: ${detail}`, {
    cause: error,
    retriable,
  });
}
