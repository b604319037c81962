/** `kg query`: placeholder registered by the scaffold; its owner replaces this file. */
import type { Command } from 'commander';
import { KgError } from '../../core/errors.ts';
import { action } from '../context.ts';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('(being built)')
    .action(
      action(async () => {
        throw new KgError('NOT_BUILT', 'kg query: this command is not built yet in this version.');
      }),
    );
}
