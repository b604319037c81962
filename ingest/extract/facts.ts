/**
 * What extraction hands to resolution for one source document: entities with document-local keys, their
 * mentions (exact offsets into the document text) and relations between local keys (or the document id),
 * each with evidence. Plain data only, so it crosses worker threads by structured clone.
 */
import { z } from 'zod';
import {
  DocumentKind,
  EntityType,
  Evidence,
  IsoDate,
  OrganizationKind,
  RelationType,
} from '../../core/model/index.ts';

/** An entity as one document names it; `key` is local to the document. */
export const FactEntity = z.object({
  key: z.string().min(1),
  type: EntityType,
  name: z.string().min(1),
  /** Every surface form seen in the document, including `name`. */
  aliases: z.array(z.string()),
  /** Acronym defined for it in the text ("Full Name (ACR)" or "ACR (Full Name)"). */
  acronym: z.string().optional(),
  kind: OrganizationKind.optional(),
  date: IsoDate.optional(),
});
export type FactEntity = z.infer<typeof FactEntity>;

/** A place in the text where a local entity is named; `entity` is a local key. */
export const FactMention = z.object({
  entity: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type FactMention = z.infer<typeof FactMention>;

/** A relation between local keys; an endpoint equal to the document id means the source document itself. */
export const FactRelation = z.object({
  type: RelationType,
  source: z.string().min(1),
  target: z.string().min(1),
  role: z.string().optional(),
  evidence: Evidence,
});
export type FactRelation = z.infer<typeof FactRelation>;

export const DocumentFacts = z.object({
  document: z.object({
    id: z.string().min(1),
    path: z.string(),
    title: z.string(),
    date: IsoDate.nullable(),
    kind: DocumentKind,
  }),
  entities: z.array(FactEntity),
  mentions: z.array(FactMention),
  relations: z.array(FactRelation),
});
export type DocumentFacts = z.infer<typeof DocumentFacts>;
