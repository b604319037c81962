/**
 * Builds the viewer's Fastify app: security headers (strict CSP), access control, the JSON API routes and
 * the static page. Separate from `startServer` so the wiring can be read in one place.
 */
import path from 'node:path';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { installCompression } from './compression.ts';
import type { ServerContext } from './context.ts';
import { errorHandler } from './errors.ts';
import { documentRoutes } from './routes/documents.ts';
import { graphRoutes } from './routes/graph.ts';
import { queryRoutes } from './routes/queries.ts';
import { storyboardRoutes } from './routes/storyboards.ts';
import { CSP_DIRECTIVES, installAccess } from './security.ts';
import { installStatic } from './static.ts';

/** Largest JSON body accepted (a storyboard, a Cypher query with parameters). */
export const BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  host: string;
  token: string | undefined;
}

/**
 * @example const app = await buildApp(ctx, { host: '127.0.0.1', token: undefined }); await app.listen({ port: 0 });
 */
export async function buildApp(ctx: ServerContext, opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: 300 },
    return503OnClosing: true,
  });
  app.setErrorHandler(errorHandler(ctx.log));
  app.addHook('onResponse', async (request, reply) => {
    ctx.log.debug('viewer: request', {
      method: request.method,
      url: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: true, directives: CSP_DIRECTIVES },
    // Plain http on a LAN or loopback: HSTS would only be noise; the page needs no cross-origin isolation.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  await installCompression(app);
  installAccess(app, opts);
  graphRoutes(app, ctx);
  documentRoutes(app, ctx);
  queryRoutes(app, ctx);
  storyboardRoutes(app, ctx);
  await installStatic(app, ctx.distDir);
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  return app;
}

/** Where the built page lives. */
export function distDirOf(projectRoot: string): string {
  return path.join(projectRoot, 'viz', 'dist');
}
