/** `kg neo4j`: placeholder registered by the scaffold; its owner replaces this file. */
import type { Command } from 'commander';
import { KgError } from '../../core/errors.ts';
import { action } from '../context.ts';

export function registerNeo4j(program: Command): void {
  program
    .command('neo4j')
    .description('(being built)')
    .action(
      action(async () => {
        throw new KgError('NOT_BUILT', 'kg neo4j: this command is not built yet in this version.');
      }),
    );
}
