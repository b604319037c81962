/**
 * The page's API client: the shared typed client of `viz/api/client.ts` (every answer checked against the
 * zod schemas of `viz/api/schema.ts`) bound to the page's origin, plus a helper turning errors into text
 * a person can act on.
 */
import { ApiRequestError, createApiClient, type ApiClient } from '../../../api/client.ts';
import { pageConfig } from '../app/config.ts';

export type PageApi = ApiClient;
export { ApiRequestError };

/**
 * Creates the client for the page (same origin; `pageConfig.apiBase` must end in `/api`).
 * @example
 * const api = createPageApi();
 * const graph = await api.graph({ limit: 2000 });
 */
export function createPageApi(): PageApi {
  const origin = pageConfig.apiBase.replace(/\/api\/?$/, '');
  return createApiClient({ base: origin });
}

/** A message for the user from any error thrown by an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return `${error.message} (${error.code})`;
  if (error instanceof TypeError)
    return 'The kg server did not answer: is `kg serve` (or `npm start`) running?';
  return error instanceof Error ? error.message : String(error);
}
