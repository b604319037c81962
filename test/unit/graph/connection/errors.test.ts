// toDatabaseError: driver error codes → kg codes, keeping retriable and cause (real server cases are in
// test/integration/graph/connection; these cover the codes a healthy test server cannot produce on demand).
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../core/errors.ts';
import { toDatabaseError } from '../../../../graph/connection/index.ts';

const ctx = { uri: 'bolt://db.example:7687', database: 'neo4j', local: false };
const driverError = (code: string, retryable = false) => {
  const error = new Neo4jError('boom', code, 'ZZZZZ', 'status');
  error.retryable = retryable;
  return error;
};

describe('toDatabaseError', () => {
  it.each([
    ['ServiceUnavailable', true, 'NEO4J_UNAVAILABLE', true],
    ['SessionExpired', true, 'NEO4J_UNAVAILABLE', true],
    ['Neo.ClientError.Security.Unauthorized', false, 'NEO4J_AUTH', false],
    ['Neo.ClientError.Security.AuthenticationRateLimit', false, 'NEO4J_AUTH', false],
    ['Neo.ClientError.Database.DatabaseNotFound', false, 'NEO4J_DATABASE_NOT_FOUND', false],
    ['Neo.TransientError.Transaction.DeadlockDetected', true, 'NEO4J_ERROR', true],
  ])('maps %s', (code, retryable, kgCode, retriable) => {
    const source = driverError(code, retryable);
    const mapped = toDatabaseError(source, ctx);
    expect(mapped).toMatchObject({ name: 'DatabaseError', code: kgCode, retriable });
    expect(mapped.cause).toBe(source);
    expect(mapped.message).toContain(ctx.uri);
  });

  it('suggests `kg neo4j start` only for the local server', () => {
    const local = toDatabaseError(driverError('ServiceUnavailable'), { ...ctx, local: true });
    const remote = toDatabaseError(driverError('ServiceUnavailable'), ctx);
    expect(local.message).toContain('kg neo4j start');
    expect(remote.message).not.toContain('kg neo4j start');
  });

  it('passes kg errors through and wraps anything else', () => {
    const kg = new ConfigError('X', 'already typed');
    expect(toDatabaseError(kg, ctx)).toBe(kg);
    expect(toDatabaseError(new TypeError('odd'), ctx)).toMatchObject({
      code: 'NEO4J_ERROR',
      retriable: false,
    });
  });
});
