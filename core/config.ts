/**
 * Runtime configuration for Node code: defaults, validation and resolution in one place.
 * This is the only module that reads `process.env`; everything else receives a `Config`.
 *
 * Neo4j: with `NEO4J_URI` unset, kg uses its own local server (see `kg neo4j start`) on
 * bolt://127.0.0.1:KG_NEO4J_PORT with the password kept in `.kg/neo4j/password`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { LogLevel } from './log.ts';

/** Root of the kg project (the folder holding package.json). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const Port = z.coerce.number().int().min(1).max(65535);
const PositiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  KG_HOME: z.string().min(1).optional(),
  KG_NEO4J_PORT: Port.default(7687),
  KG_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'e.g. 1g or 512m')
    .default('1g'),
  KG_HOST: z.string().min(1).default('127.0.0.1'),
  KG_PORT: Port.default(4173),
  KG_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  KG_QUERY_TIMEOUT_MS: PositiveInt.default(10_000),
  KG_QUERY_MAX_ROWS: PositiveInt.default(5_000),
  KG_LOG_LEVEL: LogLevel.default('warn'),
  KG_CHROMIUM: z.string().min(1).default('/usr/bin/chromium'),
  CI: z.string().optional(),
  DISPLAY: z.string().optional(),
  WAYLAND_DISPLAY: z.string().optional(),
});

export interface Neo4jConfig {
  /** Bolt URI; for the local server `bolt://127.0.0.1:<port>`. */
  uri: string;
  user: string;
  /** Undefined for the local server until it has been started once (the password file is read then). */
  password: string | undefined;
  database: string;
  /** True when no NEO4J_URI was given: kg manages its own local server. */
  local: boolean;
  localPort: number;
  localHeap: string;
}

export interface Config {
  projectRoot: string;
  /** Folder for local state: Neo4j data, password, logs, layouts. Git-ignored. */
  home: string;
  neo4j: Neo4jConfig;
  server: { host: string; port: number; token: string | undefined };
  query: { timeoutMs: number; maxRows: number };
  logLevel: LogLevel;
  chromium: string;
  ci: boolean;
  /** True when a desktop session can show a browser (macOS, Windows, or DISPLAY/WAYLAND_DISPLAY set). */
  desktop: boolean;
}

/**
 * Reads and validates the environment.
 * @example
 * const config = loadConfig();              // from process.env
 * const test = loadConfig({ KG_PORT: '0' }); // explicit, for tests
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(
      'CONFIG_INVALID',
      `config: invalid environment (${issues}). Fix or unset these variables.`,
    );
  }
  const e = parsed.data;
  const home = path.resolve(e.KG_HOME ?? path.join(PROJECT_ROOT, '.kg'));
  const local = e.NEO4J_URI === undefined;
  return {
    projectRoot: PROJECT_ROOT,
    home,
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.KG_NEO4J_PORT}`,
      user: e.NEO4J_USER ?? 'neo4j',
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE ?? 'neo4j',
      local,
      localPort: e.KG_NEO4J_PORT,
      localHeap: e.KG_NEO4J_HEAP,
    },
    server: { host: e.KG_HOST, port: e.KG_PORT, token: e.KG_TOKEN },
    query: { timeoutMs: e.KG_QUERY_TIMEOUT_MS, maxRows: e.KG_QUERY_MAX_ROWS },
    logLevel: e.KG_LOG_LEVEL,
    chromium: e.KG_CHROMIUM,
    ci: e.CI !== undefined && e.CI !== '' && e.CI !== 'false' && e.CI !== '0',
    desktop:
      process.platform === 'darwin' ||
      process.platform === 'win32' ||
      Boolean(e.DISPLAY) ||
      Boolean(e.WAYLAND_DISPLAY),
  };
}
