/**
 * The fixed set of prepared load statements. Labels and relationship types cannot be parameters in Cypher.
 * Entities take their type label as a dynamic label (`SET n:$(row.type)`, Neo4j 5.26; the MERGE itself is on
 * the static `:Entity` label), so one statement serves every type: each distinct statement costs a plan
 * (0.3–2 s on a small machine). Node statements return the element ids of the nodes they merged.
 * Relationships keep one statement per type (see `relationStatement` for why), with endpoints found by
 * element id (one statement per type) or by kg id (per type and endpoint labels), built from the closed
 * vocabulary when this module loads; evidence for relationships that already existed is added by one
 * statement for every type (`MERGE_EVIDENCE_STATEMENT`). Types are values of the closed vocabulary, checked
 * before a row is sent. Every statement UNWINDs `$rows` and returns how many rows it merged.
 *
 * `CYPHER replan=skip`: planning one of these takes 0.1–2 s on a small machine, and Neo4j replans a cached
 * query whenever the data statistics change a lot (as after every wipe or first load). The plans do not
 * depend on those statistics (every lookup is a unique-constraint or element-id seek), so the cached plan
 * is kept.
 */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../core/model/index.ts';
import { KgError } from '../../core/errors.ts';
import type { Endpoint } from './rows.ts';

const ENDPOINTS: Endpoint[] = ['Entity', 'SourceDocument'];
const PREFIX = 'CYPHER replan=skip';

/**
 * How a relationship statement finds its endpoints: by kg id through the uniqueness constraint, or (when
 * the node statements of the same load returned them) by element id, a direct seek with no index lookup.
 */
export type EndpointLookup = 'id' | 'element';

/** The node statements return the element id of every merged node, so relationships can seek them directly. */
const RETURN_NODES = (v: string) =>
  `RETURN count(*) AS merged, collect(row.id) AS ids, collect(elementId(${v})) AS elementIds`;

const matchEndpoint = (v: 'a' | 'b', label: Endpoint, lookup: EndpointLookup) => {
  const key = v === 'a' ? 'source' : 'target';
  return lookup === 'id'
    ? `MATCH (${v}:${label} {id: row.${key}})`
    : `MATCH (${v}) WHERE elementId(${v}) = row.${v}`;
};

export const DOCUMENT_STATEMENT = `${PREFIX}
UNWIND $rows AS row
MERGE (d:SourceDocument {id: row.id})
ON CREATE SET d:Document, d.path = row.path, d.title = row.title, d.date = row.date, d.kind = row.kind,
  d.sha256 = row.sha256, d.format = row.format, d.text = row.text
FOREACH (_ IN CASE WHEN d.path <> row.path THEN [1] ELSE [] END | SET d.path = row.path)
${RETURN_NODES('d')}`;

/**
 * Entities of every type in one statement: the type label is set with a dynamic label (`n:$(row.type)`,
 * Neo4j 5.26), its value checked against the closed vocabulary before it is sent (`entityStatementFor`).
 * One statement instead of one per type: each distinct statement costs a plan (0.3–2 s on these machines).
 */
export const ENTITY_STATEMENT = `${PREFIX}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.type), n.name = row.name, n.aliases = row.aliases, n.mentions = row.mentions,
  n.kind = row.kind, n.date = row.date
WITH n, row, [a IN row.aliases WHERE a <> n.name AND NOT a IN n.aliases] AS added
FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END | SET n.aliases = n.aliases + added)
FOREACH (_ IN CASE WHEN n.kind IS NULL AND row.kind IS NOT NULL THEN [1] ELSE [] END | SET n.kind = row.kind)
FOREACH (_ IN CASE WHEN n.date IS NULL AND row.date IS NOT NULL THEN [1] ELSE [] END | SET n.date = row.date)
${RETURN_NODES('n')}`;

/** A new relationship takes the row's evidence as is (then MERGE_EVIDENCE finds nothing fresh). */
const CREATE_EVIDENCE = `r.evidenceKeys = row.keys, r.evidence = row.evidence, r.evidenceCount = size(row.keys),
  r.documents = row.documents, r.methods = row.methods, r.confidence = row.confidence`;

/** Adds the row's evidence that the relationship `r` does not have yet; touches nothing when all is known. */
const MERGE_EVIDENCE = `
WITH r, row, coalesce(r.evidenceKeys, []) AS old
WITH r, row, old, [i IN range(0, size(row.keys) - 1) WHERE NOT row.keys[i] IN old] AS fresh
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET r.evidenceKeys = old + [i IN fresh | row.keys[i]],
      r.evidence = CASE WHEN size(old) = 0 THEN '[' ELSE left(r.evidence, size(r.evidence) - 1) + ',' END
        + reduce(s = '', i IN fresh | s + CASE WHEN s = '' THEN '' ELSE ',' END + row.items[i]) + ']',
      r.evidenceCount = size(old) + size(fresh),
      r.documents = coalesce(r.documents, []) + [d IN row.documents WHERE NOT d IN coalesce(r.documents, [])],
      r.methods = coalesce(r.methods, []) + [m IN row.methods WHERE NOT m IN coalesce(r.methods, [])],
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence
        THEN row.confidence ELSE r.confidence END)
RETURN count(*) AS merged`;

/**
 * One statement per relationship type (a static type: MERGE then seeks the type's id constraint, whatever
 * the data statistics; a dynamic `[r:$(row.type)]` is planned as a scan of all relationships on an empty
 * graph, which `replan=skip` would then keep). The endpoints are bound first, so MERGE locks both nodes
 * (`LockingMerge`, safe under concurrent loads). The statement only creates: it returns the relationships
 * that already existed with other evidence (`stale`), and `MERGE_EVIDENCE_STATEMENT` adds the row's new
 * evidence to those. A first load never needs that second step, and this one stays small: it plans fast
 * (each distinct statement costs a plan on a fresh server) and has no Eager step.
 */
const relationStatement = (
  type: RelationType,
  source: Endpoint,
  target: Endpoint,
  lookup: EndpointLookup,
) => `${PREFIX}
UNWIND $rows AS row
${matchEndpoint('a', source, lookup)}
${matchEndpoint('b', target, lookup)}
MERGE (a)-[r:${type} {id: row.id}]->(b)
ON CREATE SET r.role = row.role, ${CREATE_EVIDENCE}
RETURN count(*) AS merged, collect(CASE WHEN r.evidenceKeys <> row.keys THEN [row.id, elementId(r)] END) AS stale`;

/** Adds a row's new evidence to an existing relationship of any type, found by its element id (`row.r`). */
export const MERGE_EVIDENCE_STATEMENT = `${PREFIX}
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.r
${MERGE_EVIDENCE}`;

/** MENTIONS from a source document: one edge per (document, entity); count and offsets are set, not added. */
const mentionEdgeStatement = (lookup: EndpointLookup) => `${PREFIX}
UNWIND $rows AS row
${matchEndpoint('a', 'SourceDocument', lookup)}
${matchEndpoint('b', 'Entity', lookup)}
MERGE (a)-[r:MENTIONS]->(b)
ON CREATE SET r.id = row.id, ${CREATE_EVIDENCE}
FOREACH (_ IN CASE WHEN r.count IS NULL OR r.count <> row.count OR r.starts <> row.starts OR r.ends <> row.ends
  THEN [1] ELSE [] END | SET r.count = row.count, r.starts = row.starts, r.ends = row.ends)
${MERGE_EVIDENCE}`;
const MENTION_EDGE_STATEMENTS = { id: mentionEdgeStatement('id'), element: mentionEdgeStatement('element') };

export const mentionEdgeStatementFor = (lookup: EndpointLookup): string => MENTION_EDGE_STATEMENTS[lookup];

/** An entity's `mentions` is the sum of the counts on its MENTIONS edges, once it has any. */
export const MENTION_TOTALS_STATEMENT = `${PREFIX}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (:SourceDocument)-[m:MENTIONS]->(n)
WITH n, sum(m.count) AS total
WHERE total > 0 AND (n.mentions IS NULL OR n.mentions <> total)
SET n.mentions = total
RETURN count(*) AS merged`;

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
const RELATION_STATEMENTS = new Map<string, string>();
for (const type of RELATION_TYPES) {
  RELATION_STATEMENTS.set(`${type}|element`, relationStatement(type, 'Entity', 'Entity', 'element'));
  for (const source of ENDPOINTS) {
    for (const target of ENDPOINTS)
      RELATION_STATEMENTS.set(`${type}|${source}|${target}`, relationStatement(type, source, target, 'id'));
  }
}

/** The entity statement, once `type` is known to be of the vocabulary (it becomes a label). */
export function entityStatementFor(type: EntityType): string {
  if (!ENTITY_TYPE_SET.has(type))
    throw new KgError('UNKNOWN_TYPE', `graph load: "${type}" is not an entity type of the vocabulary.`);
  return ENTITY_STATEMENT;
}

/** The relationship statement of a type of the vocabulary; with element ids the endpoint labels do not matter. */
export function relationStatementFor(
  type: RelationType,
  source: Endpoint,
  target: Endpoint,
  lookup: EndpointLookup = 'id',
): string {
  const statement = RELATION_STATEMENTS.get(
    lookup === 'element' ? `${type}|element` : `${type}|${source}|${target}`,
  );
  if (!statement) {
    throw new KgError('UNKNOWN_TYPE', `graph load: "${type}" is not a relation type of the vocabulary.`);
  }
  return statement;
}
