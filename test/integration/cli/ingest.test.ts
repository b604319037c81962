// `kg ingest` end to end through bin/kg.js against the real test database: a clean ingest, a re-run that
// changes nothing, a batch with a bad file (exit 1, good documents loaded) and Neo4j down (clear error,
// non-zero exit, before any extraction).
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jHandle } from '../../../graph/connection/index.ts';
import { graphStats } from '../../../graph/stats/index.ts';
import { CORPUS_DIR, reloadCorpus } from '../../support/corpus.ts';
import { openTestDriver, testConfig } from '../../support/neo4j.ts';

const run = promisify(execFile);
let handle: Neo4jHandle;
beforeAll(async () => {
  handle = await openTestDriver();
});
afterAll(async () => {
  await reloadCorpus(handle);
  await handle.close();
});

async function kg(args: string[], env: Record<string, string | undefined> = {}) {
  const { neo4j } = testConfig();
  const base = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
  try {
    const { stdout, stderr } = await run('node', ['bin/kg.js', ...args], {
      env: { ...process.env, ...base, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('kg ingest', () => {
  it('loads the corpus, and a second run changes nothing', async () => {
    const first = await kg(['ingest', CORPUS_DIR, '--reset']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/loaded 5 document\(s\) into Neo4j/i);
    const before = await graphStats(handle);
    const second = await kg(['ingest', CORPUS_DIR]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/created 0 nodes and 0 relationships, set 0 properties/);
    expect(second.stdout).toMatch(/Nothing changed/);
    expect(await graphStats(handle)).toEqual(before);
  });

  it('exits 1 and names the bad file, with the good documents loaded', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kg-ingest-bad-'));
    const good = '2017-06-14-ogp-co-chairs-statement.md';
    await copyFile(path.join(CORPUS_DIR, good), path.join(dir, good));
    await writeFile(path.join(dir, 'empty.md'), '');
    const result = await kg(['ingest', dir, '--reset']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/empty\.md: EMPTY/);
    expect(result.stdout).toMatch(new RegExp(`loaded .*${good}`));
    expect((await graphStats(handle)).documents).toBe(1);
  });

  it('says Neo4j is unreachable (NEO4J_UNAVAILABLE) and exits non-zero before extracting', async () => {
    const result = await kg(['ingest', CORPUS_DIR], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/NEO4J_UNAVAILABLE/);
    expect(result.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(result.stdout).not.toMatch(/Extracted/);
  });
});
