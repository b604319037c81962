/**
 * A small levelled logger, passed in to library code (which never calls console directly).
 * Quiet by default: `warn` and above. `json: true` writes one JSON object per line for machines.
 */
import { z } from 'zod';

export const LogLevel = z.enum(['debug', 'info', 'warn', 'error', 'silent']);
export type LogLevel = z.infer<typeof LogLevel>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  json?: boolean;
  write?: (line: string) => void;
}

/**
 * @example
 * const log = createLogger({ level: 'info' });
 * log.info('loaded', { documents: 5 });
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'warn';
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const emit = (at: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>) => {
    if (RANK[at] < RANK[level]) return;
    if (options.json) {
      write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields }));
    } else {
      const extra = fields && Object.keys(fields).length > 0 ? ' ' + JSON.stringify(fields) : '';
      write(`${at === 'info' ? '' : at + ': '}${message}${extra}`);
    }
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });
