/**
 * Typed errors. Each has a `name` (its class), a stable `code` that tests and callers check, and a message
 * that starts with where it happened and says what to do next. Database errors keep `retriable` and `cause`.
 */

export interface KgErrorOptions {
  cause?: unknown;
  retriable?: boolean;
}

export class KgError extends Error {
  override readonly name: string = 'KgError';
  readonly code: string;
  readonly retriable: boolean;

  constructor(code: string, message: string, options: KgErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

/** Configuration or environment is wrong (bad env var, Java missing, ...). */
export class ConfigError extends KgError {
  override readonly name = 'ConfigError';
}

/** A document could not be read or extracted (empty, binary, too large, mis-encoded, unsupported). */
export class InputError extends KgError {
  override readonly name = 'InputError';
}

/** A value from a user (CLI flag, HTTP body, query parameter) failed validation. */
export class ValidationError extends KgError {
  override readonly name = 'ValidationError';
}

/** Neo4j is unreachable, refused the credentials, or failed a transaction. */
export class DatabaseError extends KgError {
  override readonly name = 'DatabaseError';
}

/** A Cypher query was refused (not read-only, syntax error, timeout) or its parameters were wrong. */
export class QueryError extends KgError {
  override readonly name = 'QueryError';
}

export function isKgError(error: unknown): error is KgError {
  return error instanceof KgError;
}
