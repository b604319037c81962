/**
 * `kg export --format json|gexf|graphml --out FILE`: read the graph back from Neo4j and write it for Gephi
 * (GEXF, GraphML) or as an extraction file (JSON, reloadable with the loader). The file is written
 * atomically: a failed export leaves any previous file as it was.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { KgError } from '../../core/errors.ts';
import { openDriver } from '../../graph/connection/index.ts';
import { ExportFormat, exportGraph } from '../../graph/export/index.ts';
import { parseOptions } from '../options.ts';
import { action, type CliContext } from '../context.ts';

const Options = z.object({ format: ExportFormat, out: z.string().min(1) });
type Options = z.infer<typeof Options>;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the graph in Neo4j to a file: JSON (extraction shape), GEXF or GraphML (Gephi)')
    .requiredOption('-f, --format <format>', 'json, gexf or graphml')
    .requiredOption('-o, --out <file>', 'file to write')
    .action(action(async (ctx, raw: unknown) => exportCommand(ctx, parseOptions(Options, raw, 'export'))));
}

async function exportCommand(ctx: CliContext, options: Options): Promise<number> {
  const handle = await openDriver(ctx.config);
  try {
    await handle.verify();
    const report = await exportGraph(handle, options.format, options.out).catch((error: unknown) => {
      if (error instanceof KgError) throw error;
      throw new KgError(
        'EXPORT_WRITE_FAILED',
        `kg export: could not write ${options.out} (${(error as Error).message}); check the folder exists and is writable.`,
        { cause: error },
      );
    });
    if (ctx.json) process.stdout.write(JSON.stringify(report) + '\n');
    else {
      console.log(
        `Wrote ${report.nodes} nodes and ${report.relationships} relationships to ${report.file} (${report.format}, ${report.bytes} bytes).`,
      );
    }
    return 0;
  } finally {
    await handle.close();
  }
}
