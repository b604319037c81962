/**
 * Turns every failure into the API's JSON error `{ error: { code, message } }` with a fitting HTTP status,
 * never a stack trace. Known errors (KgError subclasses) keep their code and actionable message; anything
 * else is a bug: logged in full on the server, reported to the client as a short INTERNAL error.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { KgError, ValidationError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import type { ApiError } from '../api/schema.ts';

/** A resource that does not exist (entity, relation, document, query, storyboard, path). */
export class NotFoundError extends KgError {
  override readonly name = 'NotFoundError';
}

/** An access-token failure: 401 when missing, 403 when wrong. */
export class AccessError extends KgError {
  override readonly name = 'AccessError';
}

const QUERY_STATUS: Record<string, number> = {
  QUERY_NOT_READ_ONLY: 422,
  QUERY_TIMEOUT: 504,
};

/** HTTP status for a known error. */
export function statusOf(error: KgError): number {
  if (error instanceof NotFoundError) return 404;
  if (error.name !== 'DatabaseError' && /NOT_FOUND$/.test(error.code)) return 404;
  if (error instanceof AccessError) return error.code === 'TOKEN_REQUIRED' ? 401 : 403;
  if (error instanceof ValidationError) return 400;
  if (error.name === 'DatabaseError') return 503;
  if (error.name === 'QueryError') {
    const fixed = QUERY_STATUS[error.code];
    if (fixed !== undefined) return fixed;
    if (/TIMEOUT/.test(error.code)) return 504;
    if (/NOT_FOUND|UNKNOWN_QUERY/.test(error.code)) return 404;
    if (/SYNTAX|PARAM/.test(error.code)) return 400;
    return 422;
  }
  if (/NOT_FOUND$/.test(error.code)) return 404;
  return 500;
}

/** Builds a ValidationError from a zod error, naming each bad field: `where: field: problem; ...`. */
export function validationError(where: string, error: z.ZodError): ValidationError {
  const issues = error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return new ValidationError('INVALID_REQUEST', `${where}: ${issues}. Fix the request and try again.`);
}

/**
 * Parses a request part with its schema or throws a 400-mapped ValidationError.
 * @example const q = parseRequest(SearchQuery, request.query, 'GET /api/search');
 */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(where, parsed.error);
  return parsed.data;
}

function position(error: KgError): ApiError['error']['position'] {
  const p = (error as { position?: unknown }).position;
  const parsed = z.object({ line: z.number(), column: z.number(), offset: z.number() }).safeParse(p);
  return parsed.success ? parsed.data : undefined;
}

/** The error handler installed on the app. */
export function errorHandler(log: Logger) {
  return (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    let status: number;
    let body: ApiError;
    if (error instanceof KgError) {
      status = statusOf(error);
      body = { error: { code: error.code, message: error.message, position: position(error) } };
    } else if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, body too large, unsupported media type.
      status = error.statusCode;
      const code = 'code' in error && typeof error.code === 'string' ? error.code : 'BAD_REQUEST';
      body = { error: { code, message: `${request.method} ${request.url}: ${error.message}.` } };
    } else {
      status = 500;
      body = {
        error: {
          code: 'INTERNAL',
          message: `${request.method} ${request.url}: unexpected server error; see the server log (kg up --verbose).`,
        },
      };
    }
    if (status >= 500)
      log.error('viewer: request failed', { url: request.url, status, error: String(error.stack ?? error) });
    else log.debug('viewer: request refused', { url: request.url, status, code: body.error.code });
    void reply.status(status).type('application/json; charset=utf-8').send(body);
  };
}
