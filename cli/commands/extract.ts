/**
 * `kg extract <paths...> [--out graph.json]`: read documents, extract entities and relations with
 * provenance, print a summary, and write the extraction file only when the run has finished. The exit code
 * is non-zero when any file failed; the good documents are still written.
 */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import { Extraction } from '../../core/model/index.ts';
import { formatSummary, runPipeline, summarize, writeExtraction } from '../../ingest/index.ts';
import { parseOptions } from '../options.ts';
import { action, type CliContext } from '../context.ts';

const Options = z.object({
  out: z.string().min(1).optional(),
  workers: z.coerce.number().int().min(1).max(256).optional(),
  maxSizeMb: z.coerce.number().positive().max(4096).default(20),
});

/** Runs shorter than this many files get no progress bar. */
const PROGRESS_MIN_FILES = 5;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'Read documents (.md, .txt, .html, .pdf; files or folders) and extract entities and relations',
    )
    .argument('<paths...>', 'files or folders to read (folders recursively; SOURCES.md/README.md skipped)')
    .option('-o, --out <file>', 'write the extraction JSON to this file ("-" for stdout)')
    .option('-w, --workers <n>', 'worker threads (default: available cores, at most one per file)')
    .option('--max-size-mb <n>', 'refuse files larger than this many MB', '20')
    .action(
      action(async (ctx, paths: string[], raw: unknown) =>
        extract(ctx, paths, parseOptions(Options, raw, 'extract')),
      ),
    );
}

async function extract(ctx: CliContext, paths: string[], options: z.infer<typeof Options>): Promise<number> {
  const toStdout = options.out === '-';
  const say = (line: string) => (toStdout ? process.stderr : process.stdout).write(line + '\n');
  let bar: SingleBar | undefined;
  const run = await runPipeline(paths, {
    workers: options.workers,
    maxBytes: Math.round(options.maxSizeMb * 1024 * 1024),
    log: ctx.log,
    onProgress: (done, total) => {
      if (bar === undefined && total >= PROGRESS_MIN_FILES && process.stderr.isTTY && !ctx.json) {
        bar = new SingleBar({ stream: process.stderr, hideCursor: true, clearOnComplete: true });
        bar.start(total, 0);
      }
      bar?.update(done);
    },
  }).finally(() => bar?.stop());

  const summary = summarize(run);
  const failed = summary.failures.length;
  let written: string | null = null;
  if (options.out !== undefined && (summary.documents > 0 || failed === 0)) {
    if (toStdout) process.stdout.write(JSON.stringify(Extraction.parse(run.extraction)) + '\n');
    else await writeExtraction(options.out, run.extraction);
    written = toStdout ? 'stdout' : options.out;
  }

  if (ctx.json) {
    const line = JSON.stringify({ ...summary, out: written });
    if (toStdout) ctx.log.info('extract summary', { ...summary, out: written });
    else say(line);
  } else {
    for (const line of formatSummary(summary)) say(line);
    if (written !== null) {
      const note = failed > 0 ? `; the ${failed} failed file${failed === 1 ? ' is' : 's are'} not in it` : '';
      say(`Wrote ${written} (${summary.documents} documents${note}).`);
    } else if (options.out !== undefined) {
      say(`Nothing written to ${options.out}: no document could be read.`);
    }
  }
  return failed > 0 ? 1 : 0;
}
