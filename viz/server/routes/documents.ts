/** Routes for source documents: the list and one document's text with its mentions. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Id } from '../../api/schema.ts';
import type { ServerContext } from '../context.ts';
import { parseRequest } from '../errors.ts';
import { listDocuments, readDocumentDetails } from '../read/documents.ts';

export function documentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/documents', async () => ({ documents: await listDocuments(ctx.read) }));

  app.get('/api/documents/:id', async (request) => {
    const { id } = parseRequest(z.object({ id: Id }), request.params, 'GET /api/documents/:id');
    return readDocumentDetails(ctx.read, id);
  });
}
