// `kg query` and `kg cypher` as a user runs them: real process, real Neo4j. Writes are refused with a
// non-zero exit and change nothing; formats print what they promise.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/config.ts';
import type { Neo4jHandle } from '../../../graph/connection/index.ts';
import { loadCorpusOnce } from '../../support/corpus.ts';
import { openTestDriver, testConfig } from '../../support/neo4j.ts';

const run = promisify(execFile);
let handle: Neo4jHandle;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  handle = await openTestDriver();
  await loadCorpusOnce(handle);
  const { neo4j } = testConfig();
  env = {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    KG_LOG_LEVEL: 'error',
  };
});
afterAll(() => handle.close());

async function kg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.js'), ...args], {
      env,
      cwd: PROJECT_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const count = async () => {
  const { records } = await handle.driver.executeQuery(
    'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r',
    {},
    { database: handle.database },
  );
  return JSON.stringify(records[0]?.toObject());
};

describe('kg cypher', () => {
  it('refuses writes with a non-zero exit and changes nothing', async () => {
    const before = await count();
    const attempts = [
      'CREATE (n:Hacked) RETURN n',
      'MATCH (n) DETACH DELETE n',
      "CALL db.createLabel('Hacked')",
    ];
    const outs = await Promise.all(attempts.map((cypher) => kg('cypher', cypher)));
    for (const out of outs) {
      expect(out.code).not.toBe(0);
      expect(out.stderr).toMatch(/QUERY_NOT_READ_ONLY/);
    }
    expect(await count()).toBe(before);
  });

  it('runs a read with params and prints JSON, a table or CSV', async () => {
    const [json, table, csv] = await Promise.all([
      kg(
        'cypher',
        'MATCH (p:Person) WHERE p.name STARTS WITH $x RETURN p.name AS name ORDER BY name',
        '--param',
        'x=Juan',
        '--format',
        'json',
      ),
      kg('cypher', 'UNWIND range(1, 10) AS i RETURN i', '--max-rows', '3'),
      kg('cypher', 'RETURN "a, \\"b\\"" AS x, 2 AS y', '--format', 'csv'),
    ]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { rows: { name: string }[]; truncated: boolean };
    expect(parsed.rows.map((r) => r.name)).toEqual(['Juan Manuel Casanueva', 'Juan Pardinás']);
    expect(table.stdout).toMatch(/3 rows .*TRUNCATED/);
    expect(csv.stdout).toBe('x,y\r\n"a, ""b""",2\r\n\n');
  });

  it('stops at --timeout and reports syntax errors with their position', async () => {
    const [slow, bad] = await Promise.all([
      kg(
        'cypher',
        'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*)',
        '--timeout',
        '500',
      ),
      kg('cypher', 'MATCH (n RETURN n'),
    ]);
    expect(slow.code).not.toBe(0);
    expect(slow.stderr).toMatch(/QUERY_TIMEOUT/);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/QUERY_SYNTAX.*line 1, column 10/);
  });
});

describe('kg query', () => {
  it('lists the library as a table and as JSON, and shows a query with its params', async () => {
    const [table, listed, out] = await Promise.all([
      kg('query', 'list'),
      kg('query', 'list', '--format', 'json'),
      kg('query', 'show', 'neighbourhood'),
    ]);
    expect(table.stdout).toMatch(/^surveillance-chain\s+graph\s+The surveillance chain$/m);
    expect((JSON.parse(listed.stdout) as { name: string }[]).length).toBeGreaterThanOrEqual(15);
    expect(out.stdout).toMatch(/--param hops=… +\(int, 1\.\.4; default 2\)/);
    expect(out.stdout).toMatch(/MATCH \(e:Entity \{id: \$entity\}\)/);
  });

  it('runs a saved query with --param and prints CSV', async () => {
    const out = await kg(
      'query',
      'run',
      'shortest-paths',
      '--param',
      'from=NSO Group',
      '--param',
      'to=Steering Committee',
      '--format',
      'csv',
    );
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines[0]).toBe('hops,chain,path');
    expect(lines[1]).toMatch(/^3,NSO Group; Pegasus; Juan Pardin.s; OGP Steering Committee,/);
  });

  it('fails with the validation message on a bad param or unknown query', async () => {
    const [bad, unknown] = await Promise.all([
      kg('query', 'run', 'neighbourhood', '--param', 'hops=far'),
      kg('query', 'run', 'no-such-query'),
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/PARAM_INVALID.*"hops"/);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/QUERY_NOT_FOUND/);
  });
});
