/**
 * The schema of kg's graph as Cypher DDL: uniqueness constraints on ids, a full-text index over entity names
 * and aliases, a range index on event dates and an index on entity names. Every statement is built from the
 * closed vocabulary only and is idempotent (`IF NOT EXISTS`), so `ensureSchema` can run before every load.
 */
import {
  ENTITY_LABEL,
  RELATION_TYPES,
  SOURCE_DOCUMENT_LABEL,
  type RelationType,
} from '../../core/model/index.ts';

/** Name of the full-text index over `Entity.name` and `Entity.aliases` (a LIST<STRING>, supported in 5.26). */
export const ENTITY_FULLTEXT_INDEX = 'entity_names_fulltext';

/** Name of the uniqueness constraint on one relationship type's `id`. */
export function relationIdConstraint(type: RelationType): string {
  return `relation_${type.toLowerCase()}_id`;
}

export interface SchemaStatement {
  name: string;
  kind: 'constraint' | 'index';
  cypher: string;
}

/** All schema statements, in the order they are applied. */
export function schemaStatements(): SchemaStatement[] {
  const statements: SchemaStatement[] = [
    {
      name: 'entity_id_unique',
      kind: 'constraint',
      cypher: `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    },
    {
      name: 'source_document_id_unique',
      kind: 'constraint',
      cypher: `CREATE CONSTRAINT source_document_id_unique IF NOT EXISTS FOR (d:${SOURCE_DOCUMENT_LABEL}) REQUIRE d.id IS UNIQUE`,
    },
    {
      name: 'entity_name',
      kind: 'index',
      cypher: `CREATE INDEX entity_name IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.name)`,
    },
    {
      name: 'event_date',
      kind: 'index',
      cypher: 'CREATE RANGE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)',
    },
    {
      name: ENTITY_FULLTEXT_INDEX,
      kind: 'index',
      cypher: `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.aliases]`,
    },
  ];
  for (const type of RELATION_TYPES) {
    const name = relationIdConstraint(type);
    statements.push({
      name,
      kind: 'constraint',
      cypher: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    });
  }
  return statements;
}
