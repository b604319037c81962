/**
 * Who may talk to the viewer. Bound to loopback by default; any other host needs an access token. With a
 * token, every /api request must carry `Authorization: Bearer <token>` or the HttpOnly cookie that the page
 * receives by opening the URL once with `?token=`. Tokens are compared in constant time. On loopback, the
 * Host header must name loopback too, so a web page on another origin cannot reach it by DNS rebinding.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConfigError } from '../../core/errors.ts';
import { AccessError } from './errors.ts';

export const TOKEN_COOKIE = 'kg_token';
const MIN_TOKEN_LENGTH = 16;

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Refuses a configuration that would expose the API without a token. */
export function checkExposure(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new ConfigError(
      'SERVER_TOKEN_WEAK',
      `viewer: the access token is too short; use at least ${MIN_TOKEN_LENGTH} characters (e.g. \`openssl rand -hex 24\`).`,
    );
  }
  if (!isLoopback(host) && token === undefined) {
    throw new ConfigError(
      'SERVER_TOKEN_REQUIRED',
      `viewer: refusing to listen on ${host} without an access token. Pass --token <secret> (or set KG_TOKEN), or leave --host at 127.0.0.1.`,
    );
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Constant-time comparison of a presented token with the expected one. */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function presentedToken(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m?.[1] ?? '';
  }
  return cookieValue(request.headers.cookie, TOKEN_COOKIE);
}

function hostAllowed(request: FastifyRequest): boolean {
  const host = request.headers.host;
  if (host === undefined) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return isLoopback(name);
}

/**
 * Installs the host check and the token checks.
 * @example installAccess(app, { host: '0.0.0.0', token: 'a-long-random-secret' });
 */
export function installAccess(app: FastifyInstance, opts: { host: string; token: string | undefined }): void {
  const { token } = opts;
  const loopback = isLoopback(opts.host);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (loopback && !hostAllowed(request)) {
      throw new AccessError(
        'HOST_NOT_ALLOWED',
        `viewer: requests must address 127.0.0.1 or localhost (got Host: ${request.headers.host ?? 'none'}).`,
      );
    }
    if (token === undefined) return;
    const url = new URL(request.url, 'http://localhost');
    if (!url.pathname.startsWith('/api/')) {
      const fromQuery = url.searchParams.get('token');
      if (fromQuery !== null) {
        if (!tokenMatches(fromQuery, token)) {
          throw new AccessError(
            'TOKEN_INVALID',
            'viewer: the token in the URL is wrong; ask for the right link.',
          );
        }
        // One-time: trade the URL token for an HttpOnly cookie, then drop it from the address bar.
        url.searchParams.delete('token');
        void reply
          .header(
            'set-cookie',
            `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
          )
          .redirect(url.pathname + url.search, 303);
        return reply;
      }
      return;
    }
    const presented = presentedToken(request);
    if (presented === undefined || presented === '') {
      throw new AccessError(
        'TOKEN_REQUIRED',
        'viewer: this server needs an access token: open the link with ?token=... once, or send Authorization: Bearer <token>.',
      );
    }
    if (!tokenMatches(presented, token)) {
      throw new AccessError(
        'TOKEN_INVALID',
        'viewer: wrong access token; check the token the server was started with.',
      );
    }
  });
}

/** Content-Security-Policy for the Vite-built page. CodeMirror 6 (style-mod) injects <style> elements
 * into the document, hence 'unsafe-inline' for styles only; scripts stay 'self'. Layout runs in blob: workers. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  imgSrc: ["'self'", 'data:', 'blob:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};
