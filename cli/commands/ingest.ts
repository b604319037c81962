/**
 * `kg ingest <paths...> [--reset] [--workers N]`: extract documents and load them into Neo4j. The database
 * is checked BEFORE extracting (a clear error if it is down), the entities already in the graph are passed
 * to extraction so new documents merge into them, and the command says which documents were loaded and
 * which files failed. Exit code 1 when any file failed; the good documents are still loaded.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { openDriver } from '../../graph/connection/index.ts';
import { readKnownEntities } from '../../graph/export/index.ts';
import { loadExtraction, type LoadReport } from '../../graph/load/index.ts';
import { failureLine, formatSummary, runPipeline, summarize } from '../../ingest/index.ts';
import { parseOptions } from '../options.ts';
import { action, type CliContext } from '../context.ts';

const Options = z.object({
  reset: z.boolean().default(false),
  workers: z.coerce.number().int().min(1).max(256).optional(),
  batchSize: z.coerce.number().int().min(1).max(50_000).default(2_000),
});
type Options = z.infer<typeof Options>;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract documents (files or folders) and load them into Neo4j; re-running changes nothing')
    .argument('<paths...>', 'files or folders to read (.md, .txt, .html, .pdf)')
    .option('--reset', 'wipe all nodes and relationships first (constraints and indexes stay)')
    .option('-w, --workers <n>', 'extraction worker threads (default: available cores)')
    .option('--batch-size <n>', 'rows per UNWIND batch', '2000')
    .action(
      action(async (ctx, paths: string[], raw: unknown) =>
        ingest(ctx, paths, parseOptions(Options, raw, 'ingest')),
      ),
    );
}

async function ingest(ctx: CliContext, paths: string[], options: Options): Promise<number> {
  const handle = await openDriver(ctx.config);
  try {
    await handle.verify();
    const known = options.reset ? [] : await readKnownEntities(handle);
    ctx.log.debug('known entities', { count: known.length });
    const run = await runPipeline(paths, { workers: options.workers, known, log: ctx.log });
    const summary = summarize(run);
    const report = await loadExtraction(handle, run.extraction, {
      reset: options.reset,
      log: ctx.log,
      batchSize: options.batchSize,
    });
    const paths_ = new Map(run.extraction.documents.map((d) => [d.id, d.path]));
    const loadFailures = report.failed.flatMap((f) =>
      f.documents.map((id) => ({ path: paths_.get(id) ?? id, code: f.code, message: f.message })),
    );
    const failed = summary.failures.length + loadFailures.length;
    if (ctx.json) {
      process.stdout.write(JSON.stringify({ extraction: summary, load: report, loadFailures }) + '\n');
    } else {
      for (const line of formatSummary(summary)) console.log(line);
      for (const line of formatLoad(report, options.reset, paths_)) console.log(line);
      for (const f of loadFailures) console.log(`  ${failureLine(f)}`);
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await handle.close();
  }
}

function formatLoad(report: LoadReport, reset: boolean, paths: Map<string, string>): string[] {
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const lines = [
    `${reset ? 'Wiped the graph, then loaded' : 'Loaded'} ${report.documents} document(s) into Neo4j in ${seconds} s: ` +
      `${report.entities} entities, ${report.relations} relationships, ${report.mentions} mentions ` +
      `(created ${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships, set ${report.propertiesSet} properties).`,
  ];
  if (report.nodesCreated === 0 && report.relationshipsCreated === 0 && report.propertiesSet === 0) {
    lines.push('Nothing changed: the graph already held all of it.');
  }
  for (const id of report.loadedDocuments) lines.push(`  loaded ${paths.get(id) ?? id}`);
  if (report.skippedRelations > 0) {
    lines.push(`Skipped ${report.skippedRelations} relationship(s) whose endpoint is not in the graph.`);
  }
  if (report.failed.length > 0)
    lines.push(`Not loaded (rolled back): ${report.failed.flatMap((f) => f.documents).length} document(s)`);
  return lines;
}
