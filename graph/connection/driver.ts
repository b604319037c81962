/**
 * The driver handle every stage uses: one neo4j-driver instance per process and credentials (shared and
 * reference-counted, closed when its last handle closes), plus `verify()` that turns "cannot connect",
 * "wrong password" and "no such database" into kg's DatabaseError codes.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config, Neo4jConfig } from '../../core/config.ts';
import { ConfigError } from '../../core/errors.ts';
import { readLocalPassword } from '../server/password.ts';
import { toDatabaseError, type ErrorContext } from './errors.ts';

export interface Neo4jHandle {
  driver: Driver;
  /** Database name to pass to every query (`{ database: handle.database }`). */
  database: string;
  uri: string;
  /** Runs `RETURN 1` on the database; throws DatabaseError NEO4J_UNAVAILABLE / NEO4J_AUTH / NEO4J_DATABASE_NOT_FOUND. */
  verify(): Promise<void>;
  /** Maps any driver error to a DatabaseError naming this URI. */
  toError(error: unknown): Error;
  /** Releases this handle; the driver closes with its last handle. Safe to call twice. */
  close(): Promise<void>;
}

interface Shared {
  driver: Driver;
  refs: number;
}

const drivers = new Map<string, Shared>();

function resolve(config: Config | Neo4jConfig): Neo4jConfig & { password: string } {
  const neo = 'neo4j' in config ? config.neo4j : config;
  if (neo.password !== undefined) return { ...neo, password: neo.password };
  const password = neo.local && 'home' in config ? readLocalPassword(config) : undefined;
  if (password === undefined) {
    throw new ConfigError(
      'NEO4J_PASSWORD_MISSING',
      neo.local
        ? `neo4j: no password for the local server at ${neo.uri} yet; start it once with \`kg neo4j start\`.`
        : `neo4j: NEO4J_PASSWORD is not set for ${neo.uri}; set it (and NEO4J_USER if not "neo4j").`,
    );
  }
  return { ...neo, password };
}

/**
 * Opens (or shares) the driver for this configuration. Does not contact the server: call `verify()`.
 * @example
 * const handle = await openDriver(loadConfig());
 * try {
 *   await handle.verify();
 *   const { records } = await handle.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: handle.database });
 * } finally {
 *   await handle.close();
 * }
 */
export async function openDriver(config: Config | Neo4jConfig): Promise<Neo4jHandle> {
  const neo = resolve(config);
  const key = JSON.stringify([neo.uri, neo.user, neo.password]);
  let shared = drivers.get(key);
  if (!shared) {
    const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password), {
      connectionTimeout: 5_000,
      // Beyond this, a transaction function's retries give up (the server may be restarting).
      maxTransactionRetryTime: 15_000,
    });
    shared = { driver, refs: 0 };
    drivers.set(key, shared);
  }
  shared.refs += 1;
  const ctx: ErrorContext = { uri: neo.uri, database: neo.database, local: neo.local };
  const entry = shared;
  let closed = false;
  return {
    driver: entry.driver,
    database: neo.database,
    uri: neo.uri,
    toError: (error) => toDatabaseError(error, ctx),
    async verify() {
      // A plain auto-commit run: unlike executeQuery it is not retried, so "unreachable" fails fast.
      const session = entry.driver.session({ database: neo.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1');
      } catch (error) {
        throw toDatabaseError(error, ctx);
      } finally {
        await session.close();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      entry.refs -= 1;
      if (entry.refs === 0) {
        drivers.delete(key);
        await entry.driver.close();
      }
    },
  };
}

/**
 * Opens a handle, verifies it, runs `fn`, and closes it whatever happens.
 * @example
 * const count = await withNeo4j(config, async (h) => (await h.driver.executeQuery('RETURN 1 AS x')).records.length);
 */
export async function withNeo4j<T>(
  config: Config | Neo4jConfig,
  fn: (handle: Neo4jHandle) => Promise<T>,
): Promise<T> {
  const handle = await openDriver(config);
  try {
    await handle.verify();
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
