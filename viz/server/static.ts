/**
 * Serves the built page from `viz/dist/` (Vite output): hashed assets cached for a year, index.html never
 * cached, and index.html for any other page path (the page keeps its state in the URL). When the page has
 * not been built, answers 503 with what to run instead of a bare 404.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from './errors.ts';

const NOT_BUILT_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kg viewer not built</title></head>
<body><h1>The viewer page is not built</h1><p>Run <code>npm run build:viz</code> (or <code>npm start</code>), then reload.</p></body></html>`;

/** True when `dir/index.html` exists. */
export function pageBuilt(dir: string): boolean {
  return existsSync(path.join(dir, 'index.html'));
}

/**
 * @example await installStatic(app, path.join(config.projectRoot, 'viz/dist'));
 */
export async function installStatic(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    index: ['index.html'],
    wildcard: true,
    cacheControl: false,
    setHeaders: (res, file) => {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (pathname.startsWith('/api/') || pathname === '/api') {
      throw new NotFoundError(
        'ROUTE_NOT_FOUND',
        `viewer: no API route ${request.method} ${pathname}; see viz/api/schema.ts for the routes.`,
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      throw new NotFoundError('ROUTE_NOT_FOUND', `viewer: nothing to ${request.method} at ${pathname}.`);
    }
    if (!pageBuilt(dir)) {
      const wantsJson = (request.headers.accept ?? '').includes('application/json');
      const message = 'viewer: the page is not built; run `npm run build:viz` (or `npm start`), then reload.';
      return wantsJson
        ? reply.status(503).send({ error: { code: 'PAGE_NOT_BUILT', message } })
        : reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT_HTML);
    }
    // A page path without a file (e.g. /present): the single-page app handles it.
    if (path.extname(pathname) !== '') {
      throw new NotFoundError('FILE_NOT_FOUND', `viewer: no file ${pathname}.`);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
