/**
 * The extraction file on disk: written atomically (validated, written to a temp file in the same folder,
 * fsynced, renamed over the target) so a reader never sees half a file, and read back with zod validation.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { InputError, ValidationError } from '../../core/errors.ts';
import { Extraction } from '../../core/model/index.ts';

/**
 * @example await writeExtraction('graph.json', extraction);
 */
export async function writeExtraction(file: string, extraction: Extraction): Promise<void> {
  const checked = Extraction.safeParse(extraction);
  if (!checked.success) {
    throw new ValidationError(
      'EXTRACTION_INVALID',
      `writeExtraction(${file}): the extraction does not match the schema (${describeIssue(checked.error)}); nothing was written. This is a bug in kg; please report it.`,
    );
  }
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(JSON.stringify(checked.data, null, 2) + '\n', 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      'WRITE_FAILED',
      `writeExtraction(${file}): could not write (${reason}); check the folder exists and is writable.`,
      {
        cause: error,
      },
    );
  }
}

/**
 * @example const extraction = await readExtraction('graph.json');
 */
export async function readExtraction(file: string): Promise<Extraction> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      'UNREADABLE',
      `${file}: cannot read the extraction file (${code}); run \`kg extract ... --out ${file}\` first.`,
      {
        cause: error,
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      'EXTRACTION_JSON',
      `${file}: not valid JSON (${reason}); re-run \`kg extract\` to write it again.`,
      {
        cause: error,
      },
    );
  }
  const checked = Extraction.safeParse(json);
  if (!checked.success) {
    throw new InputError(
      'EXTRACTION_INVALID',
      `${file}: not a kg extraction (${describeIssue(checked.error)}); re-run \`kg extract\` to write it again.`,
    );
  }
  return checked.data;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  const more = error.issues.length > 1 ? ` and ${error.issues.length - 1} more` : '';
  return `at ${where}: ${issue.message}${more}`;
}
