/**
 * Applies kg's schema to a database: every constraint and index from `schemaStatements()`, then waits until
 * the indexes are online so the first load and the first full-text query can use them.
 */
import { DatabaseError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import { silentLogger } from '../../core/log.ts';
import type { Neo4jHandle } from '../connection/index.ts';
import { schemaStatements } from './statements.ts';

/**
 * Creates the constraints and indexes that do not exist yet (idempotent) and waits for them to be online.
 * @example
 * const handle = await openDriver(config);
 * await ensureSchema(handle); // safe to call before every load
 */
export async function ensureSchema(handle: Neo4jHandle, log: Logger = silentLogger): Promise<void> {
  const existing = await existingNames(handle);
  const missing = schemaStatements().filter((s) => !existing.has(s.name));
  for (const statement of missing) {
    try {
      await handle.driver.executeQuery(statement.cypher, {}, { database: handle.database });
    } catch (error) {
      throw new DatabaseError(
        'SCHEMA_FAILED',
        `graph schema: could not create ${statement.kind} ${statement.name} on ${handle.database} (${String(
          (error as Error).message,
        )}). Check that the user may create constraints and indexes.`,
        { cause: error },
      );
    }
  }
  if (missing.length > 0) {
    await handle.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: handle.database });
  }
  log.debug('graph schema ready', { created: missing.length });
}

/** Names of the constraints and indexes already there (`IF NOT EXISTS` alone costs a round trip each). */
async function existingNames(handle: Neo4jHandle): Promise<Set<string>> {
  const names = new Set<string>();
  for (const cypher of [
    'SHOW CONSTRAINTS YIELD name',
    'SHOW INDEXES YIELD name, state WHERE state = "ONLINE"',
  ]) {
    const { records } = await handle.driver.executeQuery(cypher, {}, { database: handle.database });
    for (const record of records) names.add(String(record.get('name')));
  }
  return names;
}
