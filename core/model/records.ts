/**
 * Records that cross stages: source documents, entities, relations with their evidence, and mentions.
 * Extraction produces them, the Neo4j loader stores them, queries and the viewer read them back.
 * Every other module imports these schemas and their inferred types; nobody redeclares them.
 */
import { z } from 'zod';
import { DocumentKind, EntityType, OrganizationKind, RelationType } from './vocabulary.ts';

/** ISO date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the text allows. */
export const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date (YYYY[-MM[-DD]])');
export type IsoDate = z.infer<typeof IsoDate>;

/** A source document that was read. Its `text` is what all offsets point into. */
export const SourceDocument = z.object({
  id: z.string().min(1),
  path: z.string(),
  title: z.string(),
  date: IsoDate.nullable(),
  kind: DocumentKind,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['md', 'txt', 'html', 'pdf']),
  text: z.string(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** Why a fact is believed: the sentence it came from, where, and how it was drawn. */
export const Evidence = z.object({
  document: z.string().min(1),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  method: z.string().min(1),
  confidence: z.number().min(0).max(1),
});
export type Evidence = z.infer<typeof Evidence>;

export const Entity = z.object({
  id: z.string().min(1),
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: OrganizationKind.optional(),
  date: IsoDate.optional(),
  mentions: z.number().int().nonnegative(),
});
export type Entity = z.infer<typeof Entity>;

/** A typed tie between two entities (or a source document and an entity), backed by evidence. */
export const Relation = z.object({
  id: z.string().min(1),
  type: RelationType,
  source: z.string().min(1),
  target: z.string().min(1),
  role: z.string().optional(),
  count: z.number().int().positive().optional(),
  evidence: z.array(Evidence).min(1),
});
export type Relation = z.infer<typeof Relation>;

/** One place in a source document where an entity is named. */
export const Mention = z.object({
  entity: z.string().min(1),
  document: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/** A file that could not be read or extracted, and why. */
export const Failure = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type Failure = z.infer<typeof Failure>;

/** The output of `kg extract --out`, the input of the loader. */
export const Extraction = z.object({
  documents: z.array(SourceDocument),
  entities: z.array(Entity),
  relations: z.array(Relation),
  mentions: z.array(Mention),
  failures: z.array(Failure).default([]),
});
export type Extraction = z.infer<typeof Extraction>;
