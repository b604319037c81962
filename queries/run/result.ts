/**
 * The typed answer of every query (saved or ad hoc): rows as plain JSON, plus the graph part (every node,
 * relationship and path found anywhere in the rows) keyed by stable entity ids, with each relationship's
 * evidence. The CLI prints it; the viewer's API reuses the schema.
 */
import { z } from 'zod';
import { Evidence } from '../../core/model/index.ts';
import { View } from '../library/header.ts';

export const ResultNode = z.object({
  /** The node's stable `id` property (entity or document id); the element id only when it has none. */
  id: z.string(),
  labels: z.array(z.string()),
  /** Entity type label (Person, Organization, ...), `SourceDocument`, or the first label otherwise. */
  type: z.string(),
  /** `name`, else `title`, else the id. */
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export type ResultNode = z.infer<typeof ResultNode>;

export const ResultRelationship = z.object({
  /** The relationship's stable `id` property, else its element id. */
  id: z.string(),
  type: z.string(),
  /** Stable ids of the end nodes. */
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
  evidence: z.array(Evidence),
});
export type ResultRelationship = z.infer<typeof ResultRelationship>;

export const QueryResult = z.object({
  columns: z.array(z.string()),
  /** One object per row keyed by column; nodes/relationships/paths appear in their shaped form. */
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: z.object({ nodes: z.array(ResultNode), relationships: z.array(ResultRelationship) }),
  /** True when the row cap cut the answer. */
  truncated: z.boolean(),
  elapsedMs: z.number().nonnegative(),
  view: View,
});
export type QueryResult = z.infer<typeof QueryResult>;
