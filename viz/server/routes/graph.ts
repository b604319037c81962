/** Routes over the graph: health, the network window, entity and relation details, search, ego, path. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  GraphQuery,
  Id,
  NeighborsQuery,
  PathQuery,
  SearchQuery,
  type HealthResponse,
} from '../../api/schema.ts';
import { toColumns } from '../../api/graph-columns.ts';
import { encodeGraphBinary, GRAPH_BINARY_TYPE } from '../../api/graph-binary.ts';
import { parseRequest } from '../errors.ts';
import type { ServerContext } from '../context.ts';
import { readEntity } from '../read/entity.ts';
import { readGraph } from '../read/graph.ts';
import { readHealthCounts } from '../read/health.ts';
import { readNeighbors, readPath } from '../read/neighbors.ts';
import { readRelation } from '../read/relation.ts';
import { searchEntities } from '../read/search.ts';
import { pageBuilt } from '../static.ts';

const IdParams = z.object({ id: Id });

export function graphRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async (): Promise<HealthResponse> => {
    const neo4j = { uri: ctx.handle.uri, database: ctx.handle.database, connected: false };
    const page = pageBuilt(ctx.distDir);
    try {
      const counts = await readHealthCounts(ctx.read);
      return { ok: true, neo4j: { ...neo4j, connected: true }, counts, page };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, neo4j: { ...neo4j, message }, counts: null, page };
    }
  });

  app.get('/api/graph', async (request, reply) => {
    const q = parseRequest(GraphQuery, request.query, 'GET /api/graph');
    const graph = await readGraph(ctx.read, q);
    if (q.format === 'binary') {
      // not compressed (a type @fastify/compress does not know): on loopback gzip costs more CPU on both
      // ends than the bytes it saves
      const bytes = encodeGraphBinary(toColumns(graph));
      return reply
        .type(GRAPH_BINARY_TYPE)
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
    return q.format === 'columns' ? toColumns(graph) : graph;
  });

  app.get('/api/entities/:id', async (request) => {
    const { id } = parseRequest(IdParams, request.params, 'GET /api/entities/:id');
    return readEntity(ctx.read, id);
  });

  app.get('/api/relations/:id', async (request) => {
    const { id } = parseRequest(IdParams, request.params, 'GET /api/relations/:id');
    return readRelation(ctx.read, id);
  });

  app.get('/api/search', async (request) => {
    const q = parseRequest(SearchQuery, request.query, 'GET /api/search');
    return { results: await searchEntities(ctx.read, q.q, q.limit, q.types) };
  });

  app.get('/api/neighbors/:id', async (request) => {
    const { id } = parseRequest(IdParams, request.params, 'GET /api/neighbors/:id');
    const q = parseRequest(NeighborsQuery, request.query, 'GET /api/neighbors/:id');
    return readNeighbors(ctx.read, id, q.hops, q.limit);
  });

  app.get('/api/path', async (request) => {
    const q = parseRequest(PathQuery, request.query, 'GET /api/path');
    return readPath(ctx.read, q.from, q.to, q.maxHops);
  });
}
