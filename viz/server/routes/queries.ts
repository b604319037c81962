/**
 * Routes for the saved-query library and the Cypher console. Both go through the query layer's safe runner
 * (READ mode, EXPLAIN check, timeout, row cap); refusals keep its codes (422), syntax errors their position.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listQueries, runCypher, runSavedQuery, type SavedQuery } from '../../../queries/index.ts';
import { CypherRequest, RunQueryRequest, type QueryInfo } from '../../api/schema.ts';
import type { ServerContext } from '../context.ts';
import { parseRequest } from '../errors.ts';
import { toResponse } from '../read/query-result.ts';

function info(q: SavedQuery): QueryInfo {
  return {
    name: q.name,
    title: q.title,
    description: q.description,
    group: q.group ?? 'other',
    view: q.view,
    cypher: q.cypher,
    params: q.params.map((p) => ({
      name: p.name,
      type: p.type,
      description: p.description,
      default: p.default,
      required: p.default === undefined,
      ...(p.min !== undefined ? { min: p.min } : {}),
      ...(p.max !== undefined ? { max: p.max } : {}),
      ...(p.entityType !== undefined ? { entityType: p.entityType } : {}),
    })),
  };
}

const NameParams = z.object({ name: z.string().min(1).max(100) });

export function queryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const limits = () => ({
    timeoutMs: ctx.config.query.timeoutMs,
    maxRows: ctx.config.query.maxRows,
    log: ctx.log,
  });

  app.get('/api/queries', async () => ({ queries: listQueries().map(info) }));

  app.post('/api/queries/:name/run', async (request) => {
    const { name } = parseRequest(NameParams, request.params, 'POST /api/queries/:name/run');
    const body = parseRequest(RunQueryRequest, request.body ?? {}, `POST /api/queries/${name}/run`);
    const result = await runSavedQuery(ctx.handle, name, body.params, limits());
    return toResponse(ctx.read, result);
  });

  app.post('/api/cypher', async (request) => {
    const body = parseRequest(CypherRequest, request.body, 'POST /api/cypher');
    const result = await runCypher(ctx.handle, body.cypher, body.params, limits());
    return toResponse(ctx.read, result);
  });
}
