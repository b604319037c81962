/**
 * The `kg` command line: one sub-command per capability, each registered from its own module.
 */
import { Command } from 'commander';
import { registerCypher } from './commands/cypher.ts';
import { registerExport } from './commands/export.ts';
import { registerExtract } from './commands/extract.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerNeo4j } from './commands/neo4j.ts';
import { registerQuery } from './commands/query.ts';
import { registerStats } from './commands/stats.ts';
import { registerUp } from './commands/up.ts';

const program = new Command('kg')
  .description(
    'Knowledge-graph workbench: documents → entities and relations with provenance → Neo4j → viewer',
  )
  .option('-v, --verbose', 'log debug detail to stderr')
  .option('-q, --quiet', 'log only errors')
  .option('--json', 'machine-readable output and JSON log lines')
  .showHelpAfterError();

for (const register of [
  registerExtract,
  registerIngest,
  registerNeo4j,
  registerStats,
  registerExport,
  registerQuery,
  registerCypher,
  registerUp,
]) {
  register(program);
}

await program.parseAsync(process.argv);
