/**
 * Validation of a command's options with its zod schema: the one place that turns a bad flag into a
 * ValidationError (`BAD_OPTION`) naming the flag as the user typed it and where to look next.
 */
import type { z } from 'zod';
import { ValidationError } from '../core/errors.ts';

/**
 * @example
 * const options = parseOptions(Options, raw, 'extract'); // throws BAD_OPTION on `--workers zero`
 */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown, command: string): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag = String(issue?.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  throw new ValidationError(
    'BAD_OPTION',
    `kg ${command}: --${flag} ${issue?.message ?? 'is invalid'}; see kg ${command} --help.`,
  );
}
