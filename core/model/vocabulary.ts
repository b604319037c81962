/**
 * The closed vocabulary of the graph: entity types, organisation kinds, document kinds and relation types.
 * Neo4j labels and relationship types come only from these lists, so saved queries can rely on them and
 * no user-supplied string ever becomes a label.
 */
import { z } from 'zod';

export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Document', 'Technology'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const ORGANIZATION_KINDS = [
  'civil_society',
  'government',
  'multilateral',
  'company',
  'media',
  'research',
] as const;
export const OrganizationKind = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** Kinds of source document, found from the text itself. */
export const DOCUMENT_KINDS = [
  'press_release',
  'letter',
  'open_letter',
  'statement',
  'report',
  'article',
  'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const RELATION_TYPES = [
  'MEMBER_OF',
  'PART_OF',
  'WORKS_FOR',
  'CO_CHAIR_OF',
  'LEADS',
  'SIGNED',
  'AUTHORED',
  'PUBLISHED',
  'ADDRESSED_TO',
  'WITHDREW_FROM',
  'TARGETED',
  'DEVELOPED',
  'ACQUIRED',
  'USED',
  'REPORTED_ON',
  'COLLABORATED_WITH',
  'SUPPORTS',
  'CALLED_ON',
  'PARTICIPATED_IN',
  'HOSTED',
  'LOCATED_IN',
  'MENTIONS',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

/** Label every entity node carries besides its type label. Source documents carry `SourceDocument`. */
export const ENTITY_LABEL = 'Entity';
export const SOURCE_DOCUMENT_LABEL = 'SourceDocument';
