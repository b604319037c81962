/** `kg cypher`: placeholder registered by the scaffold; its owner replaces this file. */
import type { Command } from 'commander';
import { KgError } from '../../core/errors.ts';
import { action } from '../context.ts';

export function registerCypher(program: Command): void {
  program
    .command('cypher')
    .description('(being built)')
    .action(
      action(async () => {
        throw new KgError('NOT_BUILT', 'kg cypher: this command is not built yet in this version.');
      }),
    );
}
