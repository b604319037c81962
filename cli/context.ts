/**
 * What every CLI command receives: the resolved configuration and a logger set by the global flags
 * (`--verbose`, `--quiet`, `--json`). Also the one wrapper that turns errors into a message and exit code.
 */
import type { Command } from 'commander';
import { loadConfig, type Config } from '../core/config.ts';
import { isKgError } from '../core/errors.ts';
import { createLogger, type Logger, type LogLevel } from '../core/log.ts';

export interface CliContext {
  config: Config;
  log: Logger;
  /** True when `--json` was given: machine-readable output on stdout, JSON log lines on stderr. */
  json: boolean;
}

export function contextFrom(command: Command): CliContext {
  const opts = command.optsWithGlobals<{ verbose?: boolean; quiet?: boolean; json?: boolean }>();
  const config = loadConfig();
  const level: LogLevel = opts.verbose
    ? 'debug'
    : opts.quiet
      ? 'error'
      : config.logLevel === 'warn'
        ? 'info'
        : config.logLevel;
  return { config, log: createLogger({ level, json: opts.json === true }), json: opts.json === true };
}

/**
 * Wraps a command's action: known errors print their message (and code) and set a non-zero exit code;
 * unknown errors print their stack, since they are bugs.
 */
export function action<A extends unknown[]>(
  run: (ctx: CliContext, ...args: A) => Promise<number | void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const command = args[args.length - 1] as Command;
    try {
      const ctx = contextFrom(command);
      const code = await run(ctx, ...args);
      if (typeof code === 'number' && code !== 0) process.exitCode = code;
    } catch (error) {
      if (isKgError(error)) {
        console.error(`error [${error.code}]: ${error.message}`);
      } else {
        console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
      process.exitCode = 1;
    }
  };
}
