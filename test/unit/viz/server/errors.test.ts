import { describe, expect, it } from 'vitest';
import { DatabaseError, KgError, QueryError, ValidationError } from '../../../../core/errors.ts';
import { AccessError, NotFoundError, parseRequest, statusOf } from '../../../../viz/server/errors.ts';
import { SearchQuery } from '../../../../viz/api/schema.ts';

describe('statusOf', () => {
  it.each([
    [new ValidationError('INVALID_REQUEST', 'x'), 400],
    [new ValidationError('QUERY_NOT_FOUND', 'x'), 404],
    [new NotFoundError('ENTITY_NOT_FOUND', 'x'), 404],
    [new AccessError('TOKEN_REQUIRED', 'x'), 401],
    [new AccessError('TOKEN_INVALID', 'x'), 403],
    [new QueryError('QUERY_NOT_READ_ONLY', 'x'), 422],
    [new QueryError('QUERY_NOT_ALLOWED', 'x'), 422],
    [new QueryError('QUERY_SYNTAX', 'x'), 400],
    [new QueryError('QUERY_TIMEOUT', 'x'), 504],
    [new DatabaseError('NEO4J_UNAVAILABLE', 'x'), 503],
    [new DatabaseError('NEO4J_DATABASE_NOT_FOUND', 'x'), 503],
    [new KgError('SOMETHING', 'x'), 500],
  ])('%o → %i', (error, status) => {
    expect(statusOf(error)).toBe(status);
  });
});

describe('parseRequest', () => {
  it('returns parsed data', () => {
    expect(parseRequest(SearchQuery, { q: ' nso ', limit: '3' }, 'GET /api/search')).toEqual({
      q: 'nso',
      limit: 3,
    });
  });
  it('throws a ValidationError naming the field', () => {
    expect(() => parseRequest(SearchQuery, { q: 'x', limit: 'many' }, 'GET /api/search')).toThrow(
      expect.objectContaining({
        name: 'ValidationError',
        code: 'INVALID_REQUEST',
        message: expect.stringContaining('limit'),
      }),
    );
  });
});
