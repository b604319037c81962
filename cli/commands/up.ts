/** `kg up`: placeholder registered by the scaffold; its owner replaces this file. */
import type { Command } from 'commander';
import { KgError } from '../../core/errors.ts';
import { action } from '../context.ts';

export function registerUp(program: Command): void {
  program
    .command('up')
    .description('(being built)')
    .action(
      action(async () => {
        throw new KgError('NOT_BUILT', 'kg up: this command is not built yet in this version.');
      }),
    );
}
