// Driver errors become kg's typed errors: positions shifted back past kg's own `EXPLAIN ` prefix, time-outs,
// access-mode refusals and unreachable servers each get their code.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toQueryError, type CypherSyntaxError } from '../../../../queries/index.ts';

const error = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error');

describe('toQueryError', () => {
  it('turns a syntax error into QUERY_SYNTAX with the position in the user text', () => {
    const e = toQueryError(
      error(
        "Invalid input 'RETURN': expected ')' (line 1, column 18 (offset: 17))\n\"EXPLAIN MATCH (n RETURN n\"",
        'Neo.ClientError.Statement.SyntaxError',
      ),
      { timeoutMs: 1000, shift: 'EXPLAIN '.length },
    ) as CypherSyntaxError;
    expect(e).toMatchObject({ name: 'QueryError', code: 'QUERY_SYNTAX' });
    expect(e.position).toEqual({ line: 1, column: 10, offset: 9 });
    expect(e.message).toMatch(/line 1, column 10: Invalid input 'RETURN'/);
    expect(e.message).not.toMatch(/offset: 17/);
  });

  it('keeps positions on later lines and maps the other codes', () => {
    const later = toQueryError(
      error('Bad (line 2, column 3 (offset: 12))', 'Neo.ClientError.Statement.SyntaxError'),
      {
        timeoutMs: 1,
        shift: 8,
      },
    ) as CypherSyntaxError;
    expect(later.position).toEqual({ line: 2, column: 3, offset: 4 });
    const cases: [string, string, string][] = [
      ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QueryError', 'QUERY_TIMEOUT'],
      ['Neo.ClientError.Statement.AccessMode', 'QueryError', 'QUERY_NOT_READ_ONLY'],
      ['Neo.ClientError.Statement.ParameterMissing', 'ValidationError', 'PARAM_MISSING'],
      ['ServiceUnavailable', 'DatabaseError', 'NEO4J_UNAVAILABLE'],
      ['Neo.ClientError.Statement.ArithmeticError', 'QueryError', 'QUERY_FAILED'],
      ['Neo.DatabaseError.General.UnknownError', 'DatabaseError', 'QUERY_FAILED'],
    ];
    for (const [code, name, kgCode] of cases) {
      expect(toQueryError(error('x', code), { timeoutMs: 500 }), code).toMatchObject({ name, code: kgCode });
    }
  });
});
