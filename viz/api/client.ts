/**
 * A typed client of the viewer API, used by the browser page and by the server's tests. Each call checks
 * the answer against its schema, so a drift between server and page shows up as a clear error, not as
 * `undefined` deep in the drawing code. Errors come back as `ApiRequestError` with the server's code.
 */
import type { z } from 'zod';
import {
  ApiError,
  DocumentDetails,
  DocumentsResponse,
  EntityDetails,
  GraphColumns,
  GraphResponse,
  HealthResponse,
  PathResponse,
  QueriesResponse,
  QueryResultResponse,
  RelationDetails,
  SearchResponse,
  Storyboard,
  StoryboardsResponse,
  type CypherRequest,
  type GraphColumnsView,
  type GraphQuery,
  type NeighborsQuery,
  type PathQuery,
  type SearchQuery,
  type StoryboardInput,
} from './schema.ts';
import { decodeGraphBinary, GRAPH_BINARY_TYPE, GraphBinaryError } from './graph-binary.ts';

/** An API call that failed: `status` is the HTTP status, `code` the server's error code. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: { line: number; column: number; offset: number },
  ) {
    super(message);
  }
}

export interface ApiClientOptions {
  /** Origin of the server, e.g. `http://127.0.0.1:4173`; empty for the page (same origin). */
  base?: string;
  /** Extra headers, e.g. `Authorization: Bearer <token>` outside the browser. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

type QueryValue = string | number | boolean | string[] | undefined;

function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const s = search.toString();
  return s === '' ? '' : '?' + s;
}

/**
 * @example
 * const api = createApiClient();                       // in the page
 * const { results } = await api.search({ q: 'Pegasus' });
 * const details = await api.entity(results[0]!.id);
 */
export function createApiClient(options: ApiClientOptions = {}) {
  const base = options.base ?? '';
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  /** Throws the server's error (JSON `ApiError`) of a failed answer. */
  async function failed(response: Response, method: string, path: string): Promise<never> {
    const parsed = ApiError.safeParse(await response.json().catch(() => null));
    if (parsed.success) {
      const e = parsed.data.error;
      throw new ApiRequestError(response.status, e.code, e.message, e.position);
    }
    throw new ApiRequestError(response.status, 'HTTP_' + response.status, `${method} ${path} failed`);
  }

  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await doFetch(base + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) await failed(response, method, path);
    const json: unknown = await response.json().catch(() => null);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiRequestError(
        response.status,
        'BAD_RESPONSE',
        `${method} ${path}: unexpected answer (${parsed.error.issues[0]?.message ?? 'invalid'})`,
      );
    }
    return parsed.data;
  }

  /** GET the graph window as `GraphColumns` in binary (graph-binary.ts): no JSON to parse. */
  async function graphBinary(q?: Omit<GraphQuery, 'format'>): Promise<GraphColumnsView> {
    const path = '/api/graph' + queryString({ ...q, format: 'binary' } as never);
    const response = await doFetch(base + path, {
      headers: { accept: `${GRAPH_BINARY_TYPE}, application/json`, ...options.headers },
      credentials: 'same-origin',
    });
    if (!response.ok) await failed(response, 'GET', path);
    try {
      return decodeGraphBinary(await response.arrayBuffer());
    } catch (error) {
      if (!(error instanceof GraphBinaryError)) throw error;
      throw new ApiRequestError(
        response.status,
        'BAD_RESPONSE',
        `GET ${path}: unexpected answer (${error.message}); reload the page, and if it persists check that the server and the page are the same version`,
      );
    }
  }

  const id = (value: string) => encodeURIComponent(value);
  return {
    health: () => call(HealthResponse, 'GET', '/api/health'),
    graph: (q?: GraphQuery) => call(GraphResponse, 'GET', '/api/graph' + queryString(q as never)),
    /** The same window as `GraphColumns` sent in binary (graph-binary.ts): what the page loads first. */
    graphBinary,
    /** The same window in columns (schema.ts `GraphColumns`): a quarter of the bytes, for big graphs. */
    graphColumns: (q?: Omit<GraphQuery, 'format'>) =>
      call(GraphColumns, 'GET', '/api/graph' + queryString({ ...q, format: 'columns' } as never)),
    entity: (entityId: string) => call(EntityDetails, 'GET', `/api/entities/${id(entityId)}`),
    relation: (relationId: string) => call(RelationDetails, 'GET', `/api/relations/${id(relationId)}`),
    search: (q: SearchQuery) => call(SearchResponse, 'GET', '/api/search' + queryString(q as never)),
    neighbors: (entityId: string, q?: NeighborsQuery) =>
      call(GraphResponse, 'GET', `/api/neighbors/${id(entityId)}` + queryString(q as never)),
    path: (q: PathQuery) => call(PathResponse, 'GET', '/api/path' + queryString(q as never)),
    documents: () => call(DocumentsResponse, 'GET', '/api/documents'),
    document: (documentId: string) => call(DocumentDetails, 'GET', `/api/documents/${id(documentId)}`),
    queries: () => call(QueriesResponse, 'GET', '/api/queries'),
    runQuery: (name: string, params: Record<string, unknown> = {}) =>
      call(QueryResultResponse, 'POST', `/api/queries/${id(name)}/run`, { params }),
    cypher: (request: CypherRequest) => call(QueryResultResponse, 'POST', '/api/cypher', request),
    storyboards: () => call(StoryboardsResponse, 'GET', '/api/storyboards'),
    storyboard: (name: string) => call(Storyboard, 'GET', `/api/storyboards/${id(name)}`),
    saveStoryboard: (name: string, board: StoryboardInput) =>
      call(Storyboard, 'PUT', `/api/storyboards/${id(name)}`, board),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
