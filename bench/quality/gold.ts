/**
 * The gold annotation's schema: what a careful reader of a corpus draws, written by hand and kept apart from
 * the extractor, so quality is measured against a reading rather than against the code's own output.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DocumentKind, EntityType, IsoDate, OrganizationKind, RelationType } from '../../core/model/index.ts';

const OneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const GoldEntity = z.object({
  name: z.string().min(1),
  type: EntityType,
  kind: z.union([OrganizationKind, z.array(OrganizationKind)]).optional(),
  date: IsoDate.optional(),
  aliases: z.array(z.string()),
  required: z.boolean().default(true),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

/** Ends name gold entities by `name`, or source documents as `doc:<file name>`; a list gives alternatives. */
export const GoldRelation = z.object({
  /** One type, or the types a careful reader would accept ("director of" is WORKS_FOR or LEADS). */
  type: z.union([RelationType, z.array(RelationType).min(1)]),
  source: OneOrMany,
  target: OneOrMany,
  required: z.boolean().default(true),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

/** What a reader finds out about a source document from its text alone. */
export const GoldDocument = z.object({
  file: z.string().min(1),
  date: IsoDate.optional(),
  kind: DocumentKind.optional(),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

export const Gold = z.object({
  description: z.string(),
  documents: z.array(GoldDocument).default([]),
  entities: z.array(GoldEntity),
  relations: z.array(GoldRelation),
});
export type Gold = z.infer<typeof Gold>;

/**
 * @example
 * const gold = await readGold('test/fixtures/gold/corpus.json');
 */
export async function readGold(file: string): Promise<Gold> {
  return Gold.parse(JSON.parse(await readFile(file, 'utf8')));
}
