// Counts of the loaded corpus by label and relationship type, through the library and through `kg stats`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jHandle } from '../../../../graph/connection/index.ts';
import { graphStats } from '../../../../graph/stats/index.ts';
import { loadCorpusOnce, type LoadedCorpus } from '../../../support/corpus.ts';
import { openTestDriver, testConfig } from '../../../support/neo4j.ts';

const run = promisify(execFile);
let handle: Neo4jHandle;
let corpus: LoadedCorpus;
beforeAll(async () => {
  handle = await openTestDriver();
  corpus = await loadCorpusOnce(handle);
});
afterAll(() => handle.close());

function kgEnv(): NodeJS.ProcessEnv {
  const { neo4j } = testConfig();
  return {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
}

describe('graph stats', () => {
  it('counts nodes by label and relationships by type', async () => {
    const stats = await graphStats(handle);
    const { extraction } = corpus;
    expect(stats.documents).toBe(5);
    expect(stats.entities).toBe(extraction.entities.length);
    expect(stats.labels.Person).toBe(extraction.entities.filter((e) => e.type === 'Person').length);
    expect(stats.relationshipTypes.TARGETED).toBe(
      extraction.relations.filter((r) => r.type === 'TARGETED').length,
    );
    expect(stats.nodes).toBe(5 + extraction.entities.length);
    expect(Object.values(stats.relationshipTypes).reduce((a, b) => a + b, 0)).toBe(stats.relationships);
    expect(stats.corroborated).toBeGreaterThan(0);
  });

  it('prints the same counts with `kg stats --json` and a table without it', async () => {
    const json = await run('node', ['bin/kg.js', 'stats', '--json'], { env: kgEnv() });
    const printed = JSON.parse(json.stdout) as Awaited<ReturnType<typeof graphStats>>;
    expect(printed).toEqual(await graphStats(handle));
    const table = await run('node', ['bin/kg.js', 'stats'], { env: kgEnv() });
    expect(table.stdout).toMatch(/^Nodes: \d+ \(5 source documents, \d+ entities\)/);
    expect(table.stdout).toMatch(/Relationships: \d+/);
    expect(table.stdout).toMatch(/ {2}TARGETED +\d+/);
  });
});
