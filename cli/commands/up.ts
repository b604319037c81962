/**
 * `kg up [--host H] [--port P] [--token T] [--no-ingest] [--no-open]`: what `npm start` runs after building
 * the page. Starts kg's local Neo4j when no NEO4J_URI is set, ingests the bundled corpus (idempotent, so
 * every start is fine), serves the viewer and prints its URL on its own line, then stays in the foreground
 * until Ctrl-C, when it closes the server and the driver (the local Neo4j keeps running).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Logger } from '../../core/log.ts';
import { openDriver, type Neo4jHandle } from '../../graph/connection/index.ts';
import { readKnownEntities } from '../../graph/export/index.ts';
import { loadExtraction } from '../../graph/load/index.ts';
import { startLocalNeo4j } from '../../graph/server/index.ts';
import { extractPaths } from '../../ingest/index.ts';
import { checkExposure, pageBuilt, startServer } from '../../viz/server/index.ts';
import { parseOptions } from '../options.ts';
import { action, type CliContext } from '../context.ts';

const Options = z.object({
  host: z.string().min(1).optional(),
  port: z.coerce.number().int().min(0).max(65535).optional(),
  token: z.string().min(16, 'use at least 16 characters').optional(),
  ingest: z.boolean().default(true),
  open: z.boolean().default(true),
});
type Options = z.infer<typeof Options>;

export function registerUp(program: Command): void {
  program
    .command('up')
    .description('start Neo4j (local), ingest the sample corpus and serve the viewer (what `npm start` runs)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1; any other needs --token)')
    .option('--port <port>', 'port to listen on (default 4173, KG_PORT; 0 picks a free one)')
    .option('--token <token>', 'access token required for every API request (KG_TOKEN)')
    .option('--no-ingest', 'do not ingest the bundled corpus data/corpus on start')
    .option('--no-open', 'do not open a browser')
    .action(action(async (ctx, raw: unknown) => up(ctx, parseOptions(Options, raw, 'up'))));
}

async function ingestCorpus(ctx: CliContext, handle: Neo4jHandle): Promise<void> {
  const corpus = path.join(ctx.config.projectRoot, 'data', 'corpus');
  const started = Date.now();
  const known = await readKnownEntities(handle);
  const extraction = await extractPaths([corpus], { known, log: ctx.log });
  const report = await loadExtraction(handle, extraction, { log: ctx.log });
  for (const f of extraction.failures) ctx.log.warn(`kg up: skipped ${f.path}: ${f.message}`);
  for (const f of report.failed)
    ctx.log.warn(`kg up: could not load ${f.documents.join(', ')}: ${f.message}`);
  ctx.log.info(
    `Ingested ${report.documents} document(s) from data/corpus in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(${report.entities} entities, ${report.relations} relationships).`,
  );
}

/** Opens the URL in the desktop browser; quietly does nothing when that fails. */
function openBrowser(url: string, log: Logger): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => log.debug('kg up: no browser opener found', { command }));
    child.unref();
  } catch {
    log.debug('kg up: could not open a browser', { command });
  }
}

async function up(ctx: CliContext, opts: Options): Promise<number> {
  const { config, log } = ctx;
  // Refuse an exposed server without a token before starting anything.
  checkExposure(opts.host ?? config.server.host, opts.token ?? config.server.token);
  if (!pageBuilt(path.join(config.projectRoot, 'viz', 'dist'))) {
    log.warn('kg up: the viewer page is not built; run `npm run build:viz` (npm start does it) and reload.');
  }
  if (config.neo4j.local) {
    const local = await startLocalNeo4j(config, log);
    log.info(
      local.alreadyRunning ? `Neo4j already running at ${local.uri}.` : `Started Neo4j at ${local.uri}.`,
    );
  }
  const handle = await openDriver(config);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await handle.verify();
    // Listen first, so a busy port is reported at once rather than after the ingest.
    server = await startServer({ config, handle, log, host: opts.host, port: opts.port, token: opts.token });
    if (opts.ingest) await ingestCorpus(ctx, handle);
  } catch (error) {
    await server?.close();
    await handle.close();
    throw error;
  }
  const token = opts.token ?? config.server.token;
  console.log(server.url);
  if (token !== undefined) {
    log.info(
      `Open ${server.url}?token=<your token> once in the browser; API clients send Authorization: Bearer <token>.`,
    );
  }
  if (opts.open && config.desktop && !config.ci) openBrowser(server.url, log);
  log.info('Press Ctrl-C to stop the viewer.');

  const running = server;
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info(`Received ${signal}; stopping the viewer.`);
      void running
        .close()
        .catch((error: unknown) => log.warn('kg up: closing the server failed', { error: String(error) }))
        .then(() => handle.close())
        .finally(resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  if (config.neo4j.local) log.info('The local Neo4j keeps running; `kg neo4j stop` stops it.');
  return 0;
}
