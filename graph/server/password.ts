/**
 * The local server's password: generated once (crypto random), kept in `<home>/neo4j/password` with mode
 * 0600, handed to Java as a file path (never on argv, which `ps` shows).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { ConfigError } from '../../core/errors.ts';
import { localPaths } from './paths.ts';

/** Reads the stored password, or undefined when the local server was never started. */
export function readLocalPassword(config: Pick<Config, 'home' | 'projectRoot'>): string | undefined {
  const file = localPaths(config).passwordFile;
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    return text === '' ? undefined : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(
      'PASSWORD_UNREADABLE',
      `neo4j: cannot read the local password file ${file}; check its permissions.`,
      { cause: error },
    );
  }
}

/**
 * Returns the stored password, creating it (32 random bytes, base64url) on first use.
 * @example
 * const password = ensureLocalPassword(config); // same value on every later call
 */
export function ensureLocalPassword(config: Pick<Config, 'home' | 'projectRoot'>): string {
  const existing = readLocalPassword(config);
  const file = localPaths(config).passwordFile;
  if (existing !== undefined) {
    fs.chmodSync(file, 0o600);
    return existing;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}
