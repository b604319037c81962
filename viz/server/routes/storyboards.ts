/** Routes for storyboards: list, read, and save (PUT, atomic, name from the path as a safe slug). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ValidationError } from '../../../core/errors.ts';
import { StoryboardInput, StoryboardName } from '../../api/schema.ts';
import type { ServerContext } from '../context.ts';
import { parseRequest } from '../errors.ts';

const NameParams = z.object({ name: StoryboardName });

export function storyboardRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/storyboards', async () => ({ storyboards: await ctx.storyboards.list() }));

  app.get('/api/storyboards/:name', async (request) => {
    const { name } = parseRequest(NameParams, request.params, 'GET /api/storyboards/:name');
    return ctx.storyboards.get(name);
  });

  app.put('/api/storyboards/:name', async (request) => {
    const { name } = parseRequest(NameParams, request.params, 'PUT /api/storyboards/:name');
    const body = parseRequest(StoryboardInput, request.body, `PUT /api/storyboards/${name}`);
    if (body.name !== undefined && body.name !== name) {
      throw new ValidationError(
        'STORYBOARD_NAME_MISMATCH',
        `PUT /api/storyboards/${name}: the body names "${body.name}"; use the same name in the path and the body.`,
      );
    }
    return ctx.storyboards.put({ ...body, name });
  });
}
