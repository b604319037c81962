// Static refusals: file access, admin procedures, batched writes and USE are refused before Neo4j is asked;
// the same words inside strings and comments are not.
import { describe, expect, it } from 'vitest';
import { assertAllowed } from '../../../../queries/run/index.ts';
import { maskCypher } from '../../../../queries/library/index.ts';

describe('assertAllowed', () => {
  const refused: [string, string][] = [
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'QUERY_NOT_ALLOWED'],
    ['load   csv with headers from "http://x" as l return l', 'QUERY_NOT_ALLOWED'],
    ['CALL dbms.components()', 'QUERY_NOT_READ_ONLY'],
    ["CALL db.createLabel('X')", 'QUERY_NOT_READ_ONLY'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'QUERY_NOT_READ_ONLY'],
    ['CALL { CREATE (n) } IN TRANSACTIONS', 'QUERY_NOT_READ_ONLY'],
    [
      'UNWIND range(1,3) AS i CALL (i) { MATCH (n) RETURN n } IN 2 CONCURRENT TRANSACTIONS RETURN n',
      'QUERY_NOT_READ_ONLY',
    ],
    ['USE system SHOW USERS', 'QUERY_NOT_ALLOWED'],
    ['MATCH (n) RETURN n UNION USE other MATCH (n) RETURN n', 'QUERY_NOT_ALLOWED'],
    ['EXPLAIN MATCH (n) RETURN n', 'QUERY_NOT_ALLOWED'],
    ['CALL apoc.periodic.iterate("", "", {})', 'QUERY_NOT_ALLOWED'],
  ];
  for (const [cypher, code] of refused) {
    it(`refuses ${cypher.slice(0, 40)}`, () => {
      expect(() => assertAllowed(cypher)).toThrow(expect.objectContaining({ name: 'QueryError', code }));
    });
  }

  const allowed = [
    "MATCH (n) WHERE n.name = 'LOAD CSV' RETURN n",
    'MATCH (n) // CALL dbms.killQuery\nRETURN n.profile, n.use',
    "CALL db.index.fulltext.queryNodes('entity_names_fulltext', 'Pegasus') YIELD node RETURN node",
    'MATCH (n) WITH n AS use RETURN use',
  ];
  for (const cypher of allowed) {
    it(`allows ${cypher.slice(0, 40)}`, () => expect(() => assertAllowed(cypher)).not.toThrow());
  }

  it('masks strings and comments but keeps offsets', () => {
    const text = "RETURN 'a\\'b' AS x /* no */ // y\nRETURN 1";
    const masked = maskCypher(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/no|y\n/);
    expect(masked.split('\n')[1]).toBe('RETURN 1');
  });
});
