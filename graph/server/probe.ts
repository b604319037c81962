/**
 * Asks the local server whether it answers Bolt with the stored password: the readiness test used by
 * start and status (a TCP connect is not enough: Bolt listens before the password is set).
 */
import type { Config } from '../../core/config.ts';
import { isKgError } from '../../core/errors.ts';
import { openDriver } from '../connection/driver.ts';
import { localUri } from './paths.ts';

export type ProbeResult = 'ok' | 'unavailable' | 'auth' | 'error';

/**
 * @example
 * if ((await probeLocal(config, password)) === 'ok') log.info('up');
 */
export async function probeLocal(config: Config, password: string): Promise<ProbeResult> {
  const handle = await openDriver({ ...config.neo4j, uri: localUri(config), local: true, password });
  try {
    await handle.verify();
    return 'ok';
  } catch (error) {
    if (!isKgError(error)) return 'error';
    if (error.code === 'NEO4J_UNAVAILABLE') return 'unavailable';
    if (error.code === 'NEO4J_AUTH') return 'auth';
    return 'error';
  } finally {
    await handle.close();
  }
}
