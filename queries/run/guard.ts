/**
 * Static refusals applied to user Cypher before the database sees it, as a second line behind EXPLAIN's
 * queryType and the READ access mode: file access (`LOAD CSV`), admin procedures (`dbms.*`, `db.create*`),
 * batched writes (`CALL { } IN TRANSACTIONS`) and `USE` of another database. Keywords inside strings and
 * comments are ignored.
 */
import { QueryError } from '../../core/errors.ts';
import { maskCypher } from '../library/cypher-text.ts';

interface Rule {
  pattern: RegExp;
  code: 'QUERY_NOT_READ_ONLY' | 'QUERY_NOT_ALLOWED';
  why: string;
}

const RULES: Rule[] = [
  { pattern: /\bLOAD\s+CSV\b/i, code: 'QUERY_NOT_ALLOWED', why: 'LOAD CSV reads files or URLs' },
  {
    pattern: /\bCALL\s+dbms\s*\./i,
    code: 'QUERY_NOT_READ_ONLY',
    why: 'dbms.* procedures administer the server',
  },
  { pattern: /\bCALL\s+db\s*\.\s*create/i, code: 'QUERY_NOT_READ_ONLY', why: 'db.create* procedures write' },
  {
    pattern: /\bCALL\s+(apoc|gds)\s*\./i,
    code: 'QUERY_NOT_ALLOWED',
    why: 'plugin procedures are not allowed',
  },
  {
    pattern: /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i,
    code: 'QUERY_NOT_READ_ONLY',
    why: 'CALL { } IN TRANSACTIONS batches writes',
  },
  {
    pattern: /\bTERMINATE\s+TRANSACTIONS?\b/i,
    code: 'QUERY_NOT_READ_ONLY',
    why: "TERMINATE TRANSACTIONS stops other people's work",
  },
  {
    pattern: /(^\s*|\{\s*|\bUNION(\s+ALL)?\s+)USE\s+[`\w]/i,
    code: 'QUERY_NOT_ALLOWED',
    why: 'USE switches to another database',
  },
  {
    pattern: /^\s*(PROFILE|EXPLAIN)\b/i,
    code: 'QUERY_NOT_ALLOWED',
    why: 'EXPLAIN/PROFILE are added by kg itself',
  },
];

/**
 * Throws QueryError (QUERY_NOT_READ_ONLY or QUERY_NOT_ALLOWED) when the text uses a refused construct.
 * @example assertAllowed("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l") // throws QUERY_NOT_ALLOWED
 */
export function assertAllowed(cypher: string): void {
  const masked = maskCypher(cypher);
  for (const rule of RULES) {
    if (rule.pattern.test(masked)) {
      throw new QueryError(
        rule.code,
        `cypher: refused, ${rule.why}. Only read queries (MATCH ... RETURN) run here; write with \`kg ingest\`.`,
      );
    }
  }
}
