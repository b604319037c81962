/**
 * `kg neo4j build|start|stop|status`: manage kg's own local Neo4j server (embedded Neo4j 5.26 through
 * Java; see graph/server). With NEO4J_URI set kg uses that server instead, and these commands say so.
 */
import type { Command } from 'commander';
import {
  ensureLauncherBuilt,
  localNeo4jStatus,
  localPaths,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../graph/server/index.ts';
import { action, type CliContext } from '../context.ts';

function print(ctx: CliContext, value: object, text: string): void {
  console.log(ctx.json ? JSON.stringify(value) : text);
}

function warnRemote(ctx: CliContext): void {
  if (!ctx.config.neo4j.local) {
    ctx.log.warn(
      `neo4j: NEO4J_URI is set (${ctx.config.neo4j.uri}); kg uses that server, not this local one`,
    );
  }
}

export function registerNeo4j(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description(
      'manage the local Neo4j server (Java 17 + Maven, no Docker); data and logs under KG_HOME/neo4j',
    );

  neo4j
    .command('build')
    .description('build the Java launcher with Maven (done by `start` when needed)')
    .action(
      action(async (ctx) => {
        const build = await ensureLauncherBuilt(ctx.config, ctx.log);
        print(
          ctx,
          build,
          build.built ? `built in ${(build.elapsedMs / 1000).toFixed(1)} s` : 'launcher up to date',
        );
      }),
    );

  neo4j
    .command('start')
    .description('start the local server and wait until Bolt answers (no-op when it already runs)')
    .option('--timeout <seconds>', 'how long to wait for Bolt', '180')
    .action(
      action(async (ctx, opts: { timeout: string }) => {
        warnRemote(ctx);
        const result = await startLocalNeo4j(ctx.config, ctx.log, { timeoutMs: Number(opts.timeout) * 1000 });
        print(
          ctx,
          result,
          result.alreadyRunning
            ? `already running at ${result.uri} (pid ${result.pid})`
            : `running at ${result.uri} (pid ${result.pid}), started in ${(result.elapsedMs / 1000).toFixed(1)} s; logs in ${result.logs}`,
        );
      }),
    );

  neo4j
    .command('stop')
    .description('stop the local server (SIGTERM, then SIGKILL after a timeout)')
    .action(
      action(async (ctx) => {
        const result = await stopLocalNeo4j(ctx.config, ctx.log);
        print(ctx, result, result.wasRunning ? `stopped (pid ${result.pid})` : 'not running');
      }),
    );

  neo4j
    .command('status')
    .description('say whether the local server runs and answers Bolt; exit code 3 when it does not')
    .action(
      action(async (ctx) => {
        warnRemote(ctx);
        const status = await localNeo4jStatus(ctx.config);
        const { passwordFile } = localPaths(ctx.config);
        const text =
          status.state === 'stopped'
            ? `stopped${status.portTaken ? ` (port ${status.port} is used by another program)` : ''}`
            : `${status.state} at ${status.uri} (pid ${status.pid}); password in ${passwordFile}; logs in ${status.logs}`;
        print(ctx, status, text);
        return status.state === 'running' ? 0 : 3;
      }),
    );
}
