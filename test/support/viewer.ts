/**
 * Starts the real viewer server for integration and e2e tests: the test database loaded with the bundled
 * corpus, the server on a free port (0) on 127.0.0.1, serving whatever `viz/dist` holds (build it first for
 * e2e: `npm run build:viz`). Builds nothing itself.
 */
import { silentLogger, type Logger } from '../../core/log.ts';
import type { Neo4jHandle } from '../../graph/connection/index.ts';
import { createApiClient, type ApiClient } from '../../viz/api/client.ts';
import { startServer, type StartServerOptions } from '../../viz/server/index.ts';
import { loadCorpusOnce } from './corpus.ts';
import { openTestDriver, testConfig } from './neo4j.ts';

export interface TestViewer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** Origin without the trailing slash, for building API URLs. */
  origin: string;
  port: number;
  handle: Neo4jHandle;
  /** A typed API client (sends the bearer token when one was set). */
  api: ApiClient;
  close(): Promise<void>;
}

export interface TestViewerOptions {
  token?: string;
  host?: string;
  storyboardsDir?: string;
  distDir?: string;
  log?: Logger;
}

/**
 * @example
 * let viewer: TestViewer;
 * beforeAll(async () => { viewer = await startTestViewer(); });
 * afterAll(() => viewer.close());
 * const { results } = await viewer.api.search({ q: 'Pegasus' });
 */
export async function startTestViewer(options: TestViewerOptions = {}): Promise<TestViewer> {
  const handle = await openTestDriver();
  try {
    await loadCorpusOnce(handle);
    const start: StartServerOptions = {
      config: testConfig(),
      handle,
      log: options.log ?? silentLogger,
      port: 0,
    };
    if (options.host !== undefined) start.host = options.host;
    if (options.token !== undefined) start.token = options.token;
    if (options.storyboardsDir !== undefined) start.storyboardsDir = options.storyboardsDir;
    if (options.distDir !== undefined) start.distDir = options.distDir;
    const server = await startServer(start);
    const origin = server.url.replace(/\/$/, '');
    const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
    return {
      url: server.url,
      origin,
      port: server.port,
      handle,
      api: createApiClient({ base: origin, headers }),
      close: async () => {
        await server.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
