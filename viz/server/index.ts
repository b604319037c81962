/**
 * Public face of the viewer server: `startServer` serves the built page and the JSON API (viz/api) over a
 * Neo4j handle. Loopback by default; another host requires an access token (refused otherwise).
 */
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { ConfigError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import type { Neo4jHandle } from '../../graph/connection/index.ts';
import { buildApp, distDirOf } from './app.ts';
import { checkExposure } from './security.ts';
import { storyboardStore } from './storyboards/store.ts';

export { checkExposure, isLoopback, TOKEN_COOKIE } from './security.ts';
export { pageBuilt } from './static.ts';

export interface StartServerOptions {
  config: Config;
  handle: Neo4jHandle;
  log: Logger;
  /** Default config.server.host (127.0.0.1). */
  host?: string;
  /** Default config.server.port; 0 picks a free port. */
  port?: number;
  /** Default config.server.token; required when host is not loopback. */
  token?: string;
  /** Folder of the built page; default viz/dist. */
  distDir?: string;
  /** Folder of storyboards; default data/storyboards. */
  storyboardsDir?: string;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/` (the host as bound; IPv6 in brackets). */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * @example
 * const server = await startServer({ config, handle, log, port: 0 });
 * console.log(server.url); // http://127.0.0.1:43121/
 * await server.close();
 */
export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const { config, handle, log } = opts;
  const host = opts.host ?? config.server.host;
  const port = opts.port ?? config.server.port;
  const token = opts.token ?? config.server.token;
  checkExposure(host, token);
  const distDir = opts.distDir ?? distDirOf(config.projectRoot);
  const storyboards = storyboardStore(
    opts.storyboardsDir ?? path.join(config.projectRoot, 'data', 'storyboards'),
    log,
  );
  const app = await buildApp(
    { config, handle, log, distDir, storyboards, read: { handle, timeoutMs: config.query.timeoutMs } },
    { host, token },
  );
  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new ConfigError(
        'PORT_IN_USE',
        `viewer: port ${port} on ${host} is already in use; pick another with --port (or KG_PORT), or stop what is using it.`,
        { cause: error },
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES') {
      throw new ConfigError(
        'HOST_INVALID',
        `viewer: cannot listen on ${host}:${port} (${code}); check --host and --port.`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  log.debug('viewer: listening', { host, port: boundPort });
  return {
    url: `http://${shownHost}:${boundPort}/`,
    host,
    port: boundPort,
    close: () => app.close(),
  };
}
