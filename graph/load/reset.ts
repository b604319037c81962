/**
 * Wipes the data of a database (relationships, then nodes) in batched managed write transactions, keeping
 * constraints and indexes. Batches keep each transaction small, so a wipe of a large graph neither hits the
 * transaction memory limit nor needs the implicit transactions that `CALL { } IN TRANSACTIONS` requires.
 */
import { int } from 'neo4j-driver';
import type { Logger } from '../../core/log.ts';
import { silentLogger } from '../../core/log.ts';
import type { Neo4jHandle } from '../connection/index.ts';
import { toNative } from '../connection/index.ts';

const DELETE_RELATIONSHIPS = 'MATCH ()-[r]->() WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted';
const DELETE_NODES = 'MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted';

export interface ResetReport {
  nodesDeleted: number;
  relationshipsDeleted: number;
}

/**
 * Deletes every node and relationship of `handle.database`; schema stays.
 * @example await resetGraph(handle, log); // before a fresh load
 */
export async function resetGraph(
  handle: Neo4jHandle,
  log: Logger = silentLogger,
  batchSize = 20_000,
): Promise<ResetReport> {
  const session = handle.driver.session({ database: handle.database });
  try {
    const drain = async (cypher: string): Promise<number> => {
      let total = 0;
      for (;;) {
        const deleted = await session.executeWrite(async (tx) => {
          const result = await tx.run(cypher, { limit: int(batchSize) });
          return Number(toNative(result.records[0]?.get('deleted') ?? 0));
        });
        total += deleted;
        if (deleted < batchSize) return total;
      }
    };
    const relationshipsDeleted = await drain(DELETE_RELATIONSHIPS);
    const nodesDeleted = await drain(DELETE_NODES);
    log.info(`graph reset: deleted ${nodesDeleted} nodes and ${relationshipsDeleted} relationships`);
    return { nodesDeleted, relationshipsDeleted };
  } finally {
    await session.close();
  }
}
