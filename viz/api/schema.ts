/**
 * The viewer's HTTP API: zod schemas of every request and response, shared by the server (which validates
 * what comes in and what goes out) and the browser page (which types and checks what it receives).
 * Depends only on zod and the shared model, so the page bundle stays small. Additive changes only.
 *
 * Conventions: JSON everywhere; ids are opaque strings (URL-encode them in paths); errors are `ApiError`.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES, SOURCE_DOCUMENT_LABEL } from '../../core/model/index.ts';

// ---------------------------------------------------------------------------------------------- common

/** Every error response: `{ error: { code, message } }`; `position` for Cypher syntax errors. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    position: z
      .object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() })
      .optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** Node types shown by the viewer: the entity types plus source documents. */
export const NODE_TYPES = [...ENTITY_TYPES, SOURCE_DOCUMENT_LABEL] as const;
export const NodeType = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeType>;

/** An entity or document id in a path or query string. */
export const Id = z.string().min(1, 'an id is required').max(300);

/** A list in a query string: `types=Person,Place` or `types=Person&types=Place`. */
function csvList<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(z.enum(values)));
}

// ------------------------------------------------------------------------------------------ graph parts

/** A node as the viewer draws it. `name` is the title for source documents. */
export const GraphNode = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  /** One of NODE_TYPES for graph data; another label only for unusual nodes returned by user Cypher. */
  type: z.string(),
  name: z.string(),
  kind: z.string().optional(),
  date: z.string().optional(),
  aliases: z.array(z.string()),
  mentions: z.number(),
  degree: z.number(),
  /** Ids of the source documents that mention this node (for the document filter). */
  documents: z.array(z.string()).default([]),
});
export type GraphNode = z.infer<typeof GraphNode>;

/** A relationship as the viewer draws it. `documents` are the source documents backing it. */
export const GraphEdge = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  role: z.string().optional(),
  documents: z.array(z.string()),
  /** Highest confidence among its evidence (0..1). */
  confidence: z.number(),
  evidenceCount: z.number(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

/** A graph or subgraph. `truncated` when a limit cut it (the window shows the top-N by degree). */
export const GraphResponse = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  truncated: z.boolean(),
  /** Size of the whole graph under the same filters, before the limit. */
  total: z.object({ nodes: z.number(), edges: z.number() }).optional(),
});
export type GraphResponse = z.infer<typeof GraphResponse>;

/**
 * A column of a `GraphColumns` answer: checked in one plain loop (zod's per-element checks cost ~1 µs per
 * value, most of a second on 60k edges), still a zod schema so the page's client validates the whole answer.
 */
function column<T>(what: string, ok: (v: unknown) => boolean) {
  return z.custom<T[]>((v) => Array.isArray(v) && v.every(ok), `an array of ${what}`);
}
const Ints = column<number>('integers', (v) => Number.isInteger(v));
const Numbers = column<number>('numbers', (v) => typeof v === 'number' && Number.isFinite(v));
const Strings = column<string>('strings', (v) => typeof v === 'string');

/**
 * The graph of `GraphResponse` in columns, for big windows (`GET /api/graph?format=columns`): one array per
 * field, repeated strings (types, labels, kinds, dates, document ids, roles) interned in `strings` and
 * referred to by index (-1 for none), edge ends as node indexes, list fields as offsets into one flat
 * column (item i owns `values[offsets[i]..offsets[i+1])`). About a quarter of the JSON size and no object
 * per node or edge to parse; viz/api/graph-columns.ts encodes and decodes it.
 */
export const GraphColumns = z
  .object({
    format: z.literal('columns'),
    strings: Strings,
    /** Label sets, each a list of indexes into `strings`. */
    labelSets: z.array(z.array(z.number().int())),
    nodes: z.object({
      id: Strings,
      name: Strings,
      type: Ints,
      labels: Ints,
      kind: Ints,
      date: Ints,
      mentions: Numbers,
      degree: Numbers,
      aliasOffsets: Ints,
      aliases: Strings,
      documentOffsets: Ints,
      documents: Ints,
    }),
    edges: z.object({
      id: Strings,
      source: Ints,
      target: Ints,
      type: Ints,
      role: Ints,
      confidence: Numbers,
      evidenceCount: Numbers,
      documentOffsets: Ints,
      documents: Ints,
    }),
    truncated: z.boolean(),
    total: z.object({ nodes: z.number(), edges: z.number() }).optional(),
  })
  .superRefine((g, ctx) => {
    const problem = columnsProblem(g);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export type GraphColumns = z.infer<typeof GraphColumns>;

/** A numeric column: an array in the JSON form, a typed array in the binary one (graph-binary.ts). */
type NumberColumn = ArrayLike<number>;
type Viewed<T> = { [K in keyof T]: T[K] extends string[] ? string[] : NumberColumn };

/**
 * `GraphColumns` with its numeric columns as any array-like (typed arrays from the binary answer): what
 * the page reads a window from. `GraphColumns` itself is one.
 */
export type GraphColumnsView = Omit<GraphColumns, 'nodes' | 'edges'> & {
  nodes: Viewed<GraphColumns['nodes']>;
  edges: Viewed<GraphColumns['edges']>;
};

/** What is inconsistent in a columns answer (lengths, indexes out of range), or null. */
export function columnsProblem(
  g: Pick<GraphColumnsView, 'strings' | 'labelSets' | 'nodes' | 'edges'>,
): string | null {
  const n = g.nodes.id.length;
  const m = g.edges.id.length;
  const s = g.strings.length;
  const lengths: [string, number, number][] = [
    ...(['name', 'type', 'labels', 'kind', 'date', 'mentions', 'degree'] as const).map(
      (k): [string, number, number] => [`nodes.${k}`, g.nodes[k].length, n],
    ),
    ['nodes.aliasOffsets', g.nodes.aliasOffsets.length, n + 1],
    ['nodes.documentOffsets', g.nodes.documentOffsets.length, n + 1],
    ...(['source', 'target', 'type', 'role', 'confidence', 'evidenceCount'] as const).map(
      (k): [string, number, number] => [`edges.${k}`, g.edges[k].length, m],
    ),
    ['edges.documentOffsets', g.edges.documentOffsets.length, m + 1],
  ];
  for (const [name, actual, expected] of lengths) {
    if (actual !== expected) return `${name} has ${actual} values for ${expected}`;
  }
  const inRange = (values: NumberColumn, max: number, none = false) => {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (!((v >= 0 && v < max) || (none && v === -1))) return false;
    }
    return true;
  };
  const offsetsOk = (offsets: NumberColumn, total: number) => {
    if (offsets[0] !== 0 || offsets[offsets.length - 1] !== total) return false;
    for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) return false;
    return true;
  };
  if (!g.labelSets.every((set) => inRange(set, s))) return 'labelSets point outside strings';
  if (!inRange(g.nodes.type, s) || !inRange(g.nodes.kind, s, true) || !inRange(g.nodes.date, s, true))
    return 'a node type, kind or date points outside strings';
  if (!inRange(g.nodes.labels, g.labelSets.length)) return 'a node points outside labelSets';
  if (!inRange(g.nodes.documents, s) || !inRange(g.edges.documents, s) || !inRange(g.edges.type, s))
    return 'a document or edge type points outside strings';
  if (!inRange(g.edges.role, s, true)) return 'an edge role points outside strings';
  if (!inRange(g.edges.source, n) || !inRange(g.edges.target, n)) return 'an edge end points outside nodes';
  if (!offsetsOk(g.nodes.aliasOffsets, g.nodes.aliases.length)) return 'nodes.aliasOffsets are not offsets';
  if (!offsetsOk(g.nodes.documentOffsets, g.nodes.documents.length))
    return 'nodes.documentOffsets are not offsets';
  if (!offsetsOk(g.edges.documentOffsets, g.edges.documents.length))
    return 'edges.documentOffsets are not offsets';
  return null;
}

/** A quoted sentence backing a relationship or mentioning an entity, with its document. */
export const EvidenceItem = z.object({
  /** Relationship id this evidence backs (absent for plain mentions). */
  relation: z.string().optional(),
  relationType: z.string().optional(),
  document: z.object({ id: z.string(), title: z.string(), date: z.string().nullable() }),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  method: z.string().optional(),
  confidence: z.number().optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

// ------------------------------------------------------------------------------------------- endpoints

/** GET /api/health */
export const HealthResponse = z.object({
  ok: z.boolean(),
  neo4j: z.object({
    uri: z.string(),
    database: z.string(),
    connected: z.boolean(),
    /** Why it is not connected, and what to do. */
    message: z.string().optional(),
  }),
  counts: z
    .object({
      nodes: z.number(),
      relationships: z.number(),
      documents: z.number(),
      byType: z.record(z.string(), z.number()),
      byRelationType: z.record(z.string(), z.number()),
    })
    .nullable(),
  /** True when the page was built (`npm run build:viz`) and is served. */
  page: z.boolean(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** GET /api/graph?limit=&types=&relTypes=&documents= */
export const GraphQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50_000).default(2_000),
  types: csvList(NODE_TYPES).optional(),
  relTypes: csvList(RELATION_TYPES).optional(),
  /**
   * Include source-document nodes (default true: letters are signed by, authored by and addressed to
   * entities). MENTIONS edges (provenance) are drawn only when `relTypes` lists MENTIONS.
   */
  documents: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .optional(),
  /**
   * `columns`: answer with `GraphColumns` (compact, for big windows) instead of `GraphResponse`; `binary`:
   * the same columns as `application/octet-stream` (graph-binary.ts), what the page loads its window with.
   */
  format: z.enum(['objects', 'columns', 'binary']).optional(),
});
export type GraphQuery = z.input<typeof GraphQuery>;

/** One relationship of an entity, seen from that entity. */
export const RelationshipItem = z.object({
  edge: GraphEdge,
  direction: z.enum(['out', 'in']),
  other: GraphNode,
});
export type RelationshipItem = z.infer<typeof RelationshipItem>;

export const DocumentRef = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  kind: z.string(),
  /** How many times this document names the entity. */
  count: z.number(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** GET /api/entities/:id */
export const EntityDetails = z.object({
  node: GraphNode,
  id: z.string(),
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** All stored properties, as JSON values. */
  properties: z.record(z.string(), z.unknown()),
  /** Relationships grouped by type, with the other end. */
  relationships: z.array(z.object({ type: z.string(), items: z.array(RelationshipItem) })),
  /** Evidence of its relationships: the quoted sentences with their documents. */
  evidence: z.array(EvidenceItem),
  /** Documents that mention it. */
  documents: z.array(DocumentRef),
});
export type EntityDetails = z.infer<typeof EntityDetails>;

/** GET /api/relations/:id */
export const RelationDetails = z.object({
  edge: GraphEdge,
  source: GraphNode,
  target: GraphNode,
  properties: z.record(z.string(), z.unknown()),
  evidence: z.array(EvidenceItem),
});
export type RelationDetails = z.infer<typeof RelationDetails>;

/** GET /api/search?q=&limit=&types= */
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type at least one character').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  types: csvList(NODE_TYPES).optional(),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export const SearchHit = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** The name or alias that matched best. */
  matched: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({ results: z.array(SearchHit) });
export type SearchResponse = z.infer<typeof SearchResponse>;

/** GET /api/neighbors/:id?hops=1..3&limit= → GraphResponse (the ego network, centre included). */
export const NeighborsQuery = z.object({
  hops: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(5_000).default(500),
});
export type NeighborsQuery = z.input<typeof NeighborsQuery>;

/** GET /api/path?from=&to=&maxHops= → PathResponse; 404 NO_PATH when none. */
export const PathQuery = z.object({
  from: Id,
  to: Id,
  maxHops: z.coerce.number().int().min(1).max(10).default(6),
});
export type PathQuery = z.input<typeof PathQuery>;

export const PathResponse = GraphResponse.extend({
  /** The path in order: node ids and edge ids from `from` to `to`. */
  path: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
});
export type PathResponse = z.infer<typeof PathResponse>;

/** GET /api/documents */
export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  kind: z.string(),
  path: z.string(),
  /** Number of entities it mentions. */
  entities: z.number(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentsResponse = z.object({ documents: z.array(DocumentSummary) });
export type DocumentsResponse = z.infer<typeof DocumentsResponse>;

/** One highlighted span of a document's text; `text === document.text.slice(start, end)`. */
export const DocumentMention = z.object({
  entity: z.string(),
  name: z.string(),
  type: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
});
export type DocumentMention = z.infer<typeof DocumentMention>;

/** GET /api/documents/:id */
export const DocumentDetails = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  kind: z.string(),
  path: z.string(),
  text: z.string(),
  /** Sorted by start offset. */
  mentions: z.array(DocumentMention),
});
export type DocumentDetails = z.infer<typeof DocumentDetails>;

// ------------------------------------------------------------------------------------ queries & cypher

export const QueryView = z.enum(['graph', 'table', 'timeline']);
export type QueryView = z.infer<typeof QueryView>;

/** A parameter of a saved query; the page generates a form field from it. */
export const QueryParamInfo = z.object({
  name: z.string(),
  /** 'string', 'int', 'float', 'boolean', 'date', 'entity' (a name, alias or id) or 'entityList'. */
  type: z.string(),
  description: z.string(),
  default: z.unknown().optional(),
  required: z.boolean(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Allowed values, when closed. */
  values: z.array(z.string()).optional(),
  /** For 'entity' params: only entities of this type are accepted (search suggestions can filter on it). */
  entityType: z.string().optional(),
});
export type QueryParamInfo = z.infer<typeof QueryParamInfo>;

export const QueryInfo = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  /** For grouping in the library (e.g. 'people', 'surveillance'); 'other' when unset. */
  group: z.string(),
  view: QueryView,
  params: z.array(QueryParamInfo),
  cypher: z.string(),
});
export type QueryInfo = z.infer<typeof QueryInfo>;

/** GET /api/queries */
export const QueriesResponse = z.object({ queries: z.array(QueryInfo) });
export type QueriesResponse = z.infer<typeof QueriesResponse>;

/** Saved-query parameters or Cypher parameters: JSON values by name. */
export const Params = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a parameter name'), z.unknown());

/** POST /api/queries/:name/run */
export const RunQueryRequest = z.object({ params: Params.default({}) });
export type RunQueryRequest = z.input<typeof RunQueryRequest>;

/** POST /api/cypher */
export const CypherRequest = z.object({
  cypher: z.string().trim().min(1, 'write a Cypher query').max(20_000),
  params: Params.default({}),
});
export type CypherRequest = z.input<typeof CypherRequest>;

/** The answer of a saved query or of console Cypher. Rows hold JSON values (nodes become `{id, ...}`). */
export const QueryResultResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) }),
  truncated: z.boolean(),
  elapsedMs: z.number(),
  view: QueryView,
});
export type QueryResultResponse = z.infer<typeof QueryResultResponse>;

// ----------------------------------------------------------------------------------------- storyboards

/** A storyboard name: a safe slug, never a path. */
export const StoryboardName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use lower-case letters, digits, - and _ (at most 64)');

export const Camera = z.object({
  x: z.number(),
  y: z.number(),
  ratio: z.number().positive(),
  angle: z.number(),
});
export type Camera = z.infer<typeof Camera>;

/** Filters of the network view (also kept in the URL). */
export const Filters = z.object({
  types: z.array(z.string()).optional(),
  relTypes: z.array(z.string()).optional(),
  documents: z.array(z.string()).optional(),
  dateFrom: z.string().optional(),
  dateTo: z.string().optional(),
  /** Only edges backed by at least this many documents (2 = "two or more documents"). */
  minDocuments: z.number().int().min(1).optional(),
});
export type Filters = z.infer<typeof Filters>;

export const StoryStep = z.object({
  title: z.string().max(200),
  caption: z.string().max(5_000),
  /** Document ids or short quotes the caption cites. */
  sources: z.array(z.string().max(2_000)).default([]),
  query: z.object({ name: z.string(), params: Params.default({}) }).optional(),
  cypher: z.string().max(20_000).optional(),
  filters: Filters.optional(),
  camera: Camera.optional(),
  selection: z
    .object({ nodes: z.array(z.string()).default([]), edges: z.array(z.string()).default([]) })
    .optional(),
});
export type StoryStep = z.infer<typeof StoryStep>;

export const Storyboard = z.object({
  name: StoryboardName,
  title: z.string().min(1).max(200),
  description: z.string().max(5_000).optional(),
  steps: z.array(StoryStep).min(1, 'a storyboard needs at least one step').max(200),
});
export type Storyboard = z.infer<typeof Storyboard>;

/** PUT /api/storyboards/:name body; `name` may be left out (the path gives it) but must match if given. */
export const StoryboardInput = Storyboard.extend({ name: StoryboardName.optional() });
export type StoryboardInput = z.input<typeof StoryboardInput>;

/** GET /api/storyboards */
export const StoryboardsResponse = z.object({
  storyboards: z.array(z.object({ name: z.string(), title: z.string(), steps: z.number() })),
});
export type StoryboardsResponse = z.infer<typeof StoryboardsResponse>;
