/**
 * `npm run bench:load [-- --yes] [--entities N --relations N]`: loads a synthetic graph (100k entities,
 * 300k relationships with evidence) through the SAME `loadExtraction` the CLI uses, then loads a sample of
 * extra relationships one query (and one transaction) per row, and prints relationships/s for both.
 * Targets: batched ≥ 20,000 relationships/s and ≥ 20× the per-row path.
 *
 * It WIPES the database. Default target: the local test server (port 7688, home .kg/test, started if
 * needed); NEO4J_URI points it elsewhere. A non-empty database is refused unless --yes is given.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../core/config.ts';
import { createLogger } from '../../core/log.ts';
import type { Relation } from '../../core/model/index.ts';
import { openDriver, toNative } from '../../graph/connection/index.ts';
import { loadExtraction, planUnits, resetGraph, runUnit } from '../../graph/load/index.ts';
import { localPaths, startLocalNeo4j, stopLocalNeo4j } from '../../graph/server/index.ts';
import { localTestServerConfig } from '../../test/setup/neo4j.ts';
import { cpuPer, cpuSample } from './cpu.ts';
import { syntheticGraph } from './synthetic.ts';

const { values } = parseArgs({
  options: {
    yes: { type: 'boolean', default: false },
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '300000' },
    documents: { type: 'string', default: '300' },
    sample: { type: 'string', default: '2000' },
    'batch-size': { type: 'string', default: '5000' },
    /** Rows per transaction (loadExtraction's `unitRows`); unset: the loader's default, as the CLI uses. */
    'unit-rows': { type: 'string' },
    /** Units loaded at the same time (loadExtraction's `concurrency`); unset: the loader's default. */
    concurrency: { type: 'string' },
    /** The Neo4j server's pid, for its CPU time (the local server's pid file is read when not given). */
    'server-pid': { type: 'string' },
  },
});
const ENTITIES = Number(values.entities);
const RELATIONS = Number(values.relations);
const SAMPLE = Number(values.sample);
const BATCH = Number(values['batch-size']);
const TARGET_RATE = 20_000;
const TARGET_SPEEDUP = 20;

const log = createLogger({ level: 'info' });
const base = loadConfig();
const config = base.neo4j.local ? localTestServerConfig(base) : base;
let stopAfter = false;
if (config.neo4j.local) {
  const started = await startLocalNeo4j(config, log);
  stopAfter = !started.alreadyRunning;
}
const handle = await openDriver(config);
const serverPid = ((): number | null => {
  if (values['server-pid']) return Number(values['server-pid']);
  if (!config.neo4j.local) return null;
  try {
    return Number(fs.readFileSync(localPaths(config).pidFile, 'utf8').trim());
  } catch {
    return null;
  }
})();
const count = async (cypher: string) =>
  Number(
    toNative(
      (await handle.driver.executeQuery(cypher, {}, { database: handle.database })).records[0]?.get(0),
    ),
  );

try {
  await handle.verify();
  const before = await count('MATCH (n) RETURN count(n)');
  console.log(
    `\n!!! bench:load WIPES database "${handle.database}" at ${handle.uri} (${before} nodes now) !!!\n`,
  );
  if (before > 0 && !values.yes) {
    console.error(
      'bench:load: the database is not empty; re-run with `npm run bench:load -- --yes` to wipe it.',
    );
    process.exitCode = 2;
  } else {
    await run();
  }
} finally {
  await handle.close();
  if (stopAfter) await stopLocalNeo4j(config, log);
}

async function run(): Promise<void> {
  const t0 = performance.now();
  const graph = syntheticGraph({
    entities: ENTITIES,
    relations: RELATIONS,
    documents: Number(values.documents),
  });
  const evidence = graph.relations.reduce((n, r) => n + r.evidence.length, 0);
  console.log(
    `synthetic graph: ${graph.entities.length} entities, ${graph.relations.length} relationships (${evidence} evidence items), ` +
      `${graph.documents.length} documents, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  // The wipe of an earlier run's graph is not the load being measured: done before the clock starts.
  await resetGraph(handle, log);
  const cpuBefore = cpuSample(serverPid);
  const report = await loadExtraction(handle, graph, {
    reset: true,
    log,
    batchSize: BATCH,
    ...(values['unit-rows'] ? { unitRows: Number(values['unit-rows']) } : {}),
    ...(values.concurrency ? { concurrency: Number(values.concurrency) } : {}),
  });
  const cpu = cpuPer(cpuBefore, cpuSample(serverPid), RELATIONS);
  const batchedRate = RELATIONS / (report.elapsedMs / 1000);
  console.log(
    `batched load (validation + schema + empty-graph reset + all nodes and relationships): ${(report.elapsedMs / 1000).toFixed(1)} s, ` +
      `${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships created → ${Math.round(batchedRate)} relationships/s`,
  );
  // CPU per relationship of each side (all nodes included): what the rate would be on an idle machine is
  // bounded by these, whatever else shares the cores during this run.
  console.log(
    `CPU per relationship: client ${cpu.clientUs.toFixed(1)} µs, server ${
      cpu.serverUs === null ? 'n/a (pid unknown: --server-pid)' : `${cpu.serverUs.toFixed(1)} µs`
    }`,
  );

  // Baseline: the same relationship statement, one row per query, one transaction per row.
  const sample: Relation[] = graph.relations.slice(0, SAMPLE).map((r, i) => ({
    ...r,
    id: `rel:per-row:${i}`,
    source: r.target,
    target: r.source,
  }));
  const units = planUnits({ ...graph, relations: sample, entities: [], documents: [], mentions: [] }, 1);
  const session = handle.driver.session({ database: handle.database });
  const t1 = performance.now();
  try {
    for (const unit of units)
      for (const row of unit.relations)
        await runUnit(session, { ...unit, relations: [row], entities: [], documents: [] }, 1);
  } finally {
    await session.close();
  }
  const perRowRate = SAMPLE / ((performance.now() - t1) / 1000);
  console.log(
    `per-row load of ${SAMPLE} relationships (one query + transaction each): ${Math.round(perRowRate)} relationships/s`,
  );

  const relationships = await count('MATCH ()-[r]->() RETURN count(r)');
  const expected = RELATIONS + SAMPLE;
  const speedup = batchedRate / perRowRate;
  console.log(`relationships in the graph: ${relationships} (expected ${expected})`);
  const ok = (pass: boolean) => (pass ? 'PASS' : 'MISS');
  console.log(
    `${ok(batchedRate >= TARGET_RATE)} batched rate ${Math.round(batchedRate)}/s (target ≥ ${TARGET_RATE}/s)`,
  );
  console.log(
    `${ok(speedup >= TARGET_SPEEDUP)} speed-up ×${speedup.toFixed(1)} over per-row (target ≥ ×${TARGET_SPEEDUP})`,
  );
  if (relationships !== expected) {
    console.log('MISS relationship count differs from what was loaded');
    process.exitCode = 1;
  }
}
