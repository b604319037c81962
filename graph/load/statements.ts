/**
 * The fixed set of prepared load statements. Labels and relationship types cannot be parameters in Cypher.
 * Entities take their type label as a dynamic label (`SET n:$(row[1])`, Neo4j 5.26; the MERGE itself is on
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
 * the node statements of the same load returned them) by the node's internal id, a direct seek with no
 * index lookup. Internal ids (`id(n)`, deprecated in Cypher 5 in favour of element ids because a deleted
 * node's id can be reused) are only used for nodes this load merged or created and saw committed, exactly
 * as element ids were (an element id is that same number with the database's id in front); as integers they
 * cost nothing to pack and unpack, where element ids were two 40-character strings per relationship.
 */
export type EndpointLookup = 'id' | 'element';

/** How a relationship row is written: MERGEd on its id, or CREATEd (known not to exist: see `load.ts`). */
export type WriteMode = 'merge' | 'create';

/** The node statements return the internal id of every merged node, so relationships can seek them directly. */
const RETURN_NODES = (v: string) =>
  `RETURN count(*) AS merged, collect(row[0]) AS ids, collect(id(${v})) AS elementIds`;

/**
 * Rows are lists, not maps: a map row repeats its keys as strings in every row, which the driver packs and
 * the server unpacks (the largest per-row cost of both after the values themselves). Relationship rows:
 * `[id, source, target, evidence JSON, evidence count, documents, methods, confidence, role, type]`, source
 * and target being kg ids (lookup `id`) or internal node ids (lookup `element`); documents, methods and type
 * are positions in the lists `$documents`, `$methods` and `$types` sent with the rows (a batch shares a
 * handful of each: see `Tables` in run.ts).
 */
const matchEndpoint = (v: 'a' | 'b', label: Endpoint, lookup: EndpointLookup) => {
  const index = v === 'a' ? 1 : 2;
  return lookup === 'id'
    ? `MATCH (${v}:${label} {id: row[${index}]})`
    : `MATCH (${v}) WHERE id(${v}) = row[${index}]`;
};

/** Document rows: `[id, path, title, date, kind, sha256, format, text]`. */
export const DOCUMENT_STATEMENT = `${PREFIX}
UNWIND $rows AS row
MERGE (d:SourceDocument {id: row[0]})
ON CREATE SET d:Document, d.path = row[1], d.title = row[2], d.date = row[3], d.kind = row[4],
  d.sha256 = row[5], d.format = row[6], d.text = row[7]
FOREACH (_ IN CASE WHEN d.path <> row[1] THEN [1] ELSE [] END | SET d.path = row[1])
${RETURN_NODES('d')}`;

/**
 * Entities of every type in one statement: the type label is set with a dynamic label (`n:$(row[1])`,
 * Neo4j 5.26), its value checked against the closed vocabulary before it is sent (`entityStatementFor`).
 * One statement instead of one per type: each distinct statement costs a plan (0.3–2 s on these machines).
 */
export const ENTITY_STATEMENT = `${PREFIX}
UNWIND $rows AS row
MERGE (n:Entity {id: row[0]})
ON CREATE SET n:$(row[1]), n.name = row[2], n.aliases = row[3], n.kind = row[4], n.date = row[5],
  n.mentions = row[6]
WITH n, row, [a IN row[3] WHERE a <> n.name AND NOT a IN n.aliases] AS added
FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END | SET n.aliases = n.aliases + added)
FOREACH (_ IN CASE WHEN n.kind IS NULL AND row[4] IS NOT NULL THEN [1] ELSE [] END | SET n.kind = row[4])
FOREACH (_ IN CASE WHEN n.date IS NULL AND row[5] IS NOT NULL THEN [1] ELSE [] END | SET n.date = row[5])
${RETURN_NODES('n')}`;

/**
 * Entities known not to exist yet (a load into a graph that was empty when it started, and not written by an
 * earlier unit of it): created without the MERGE's index seek and the merge of aliases, kind and date. Rows
 * as for `ENTITY_STATEMENT`. The id constraint still guards against a duplicate: one would fail the unit.
 */
export const ENTITY_CREATE_STATEMENT = `${PREFIX}
UNWIND $rows AS row
CREATE (n:Entity {id: row[0], name: row[2], aliases: row[3], kind: row[4], date: row[5], mentions: row[6]})
SET n:$(row[1])
${RETURN_NODES('n')}`;

/** A new relationship takes the row's evidence as is (then MERGE_EVIDENCE finds nothing fresh). */
const CREATE_EVIDENCE = `r.evidence = row[3], r.evidenceCount = row[4], r.documents = $documents[toInteger(row[5])],
  r.methods = $methods[toInteger(row[6])], r.confidence = row[7]`;

/**
 * Adds the row's evidence that the relationship `r` does not have yet; touches nothing when all is known.
 * A piece is known when the stored JSON list holds an item opening with the same
 * `{"document":…,"start":…,"end":…,` (its key: `evidenceKeyPrefix`, exact since a JSON string cannot hold an
 * unescaped quote); relationships written before items opened with their key (they have `evidenceKeys`)
 * are compared on those keys, which are kept up to date for them.
 */
const MERGE_EVIDENCE = `
WITH r, row, coalesce(r.evidence, '') AS old, coalesce(r.evidenceCount, 0) AS oldCount, r.evidenceKeys AS oldKeys
WITH r, row, old, oldCount, oldKeys, [i IN range(0, size(row.items) - 1) WHERE
  CASE WHEN oldKeys IS NULL THEN NOT old CONTAINS row.prefixes[i] ELSE NOT row.keys[i] IN oldKeys END] AS fresh
FOREACH (_ IN CASE WHEN size(fresh) > 0 AND oldKeys IS NOT NULL THEN [1] ELSE [] END |
  SET r.evidenceKeys = oldKeys + [i IN fresh | row.keys[i]])
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET r.evidence = CASE WHEN oldCount = 0 THEN '[' ELSE left(old, size(old) - 1) + ',' END
        + reduce(s = '', i IN fresh | s + CASE WHEN s = '' THEN '' ELSE ',' END + row.items[i]) + ']',
      r.evidenceCount = oldCount + size(fresh),
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
MERGE (a)-[r:${type} {id: row[0]}]->(b)
ON CREATE SET r.role = row[8], ${CREATE_EVIDENCE}
RETURN count(*) AS merged, collect(CASE WHEN r.evidence <> row[3] THEN [row[0], elementId(r)] END) AS stale`;

/**
 * Relationships known not to exist (see `load.ts`), of every type in one statement: CREATE with a dynamic
 * type (`$($types[toInteger(row[9])])`, Neo4j 5.26; the value checked against the closed vocabulary before it is sent). No
 * MERGE, so none of its locking index seek on the id, nothing stale to return, and one plan instead of one
 * per type (each costs 0.3–2 s on a fresh server) with full batches instead of one small batch per type.
 * The id constraints still refuse a duplicate, failing the unit rather than writing a second edge.
 */
const createRelationStatement = (source: Endpoint, target: Endpoint, lookup: EndpointLookup) => `${PREFIX}
UNWIND $rows AS row
${matchEndpoint('a', source, lookup)}
${matchEndpoint('b', target, lookup)}
CREATE (a)-[r:$($types[toInteger(row[9])]) {id: row[0], role: row[8], evidence: row[3], evidenceCount: row[4],
  documents: $documents[toInteger(row[5])], methods: $methods[toInteger(row[6])], confidence: row[7]}]->(b)
RETURN count(*) AS merged`;

/** Adds a row's new evidence to an existing relationship of any type, found by its element id (`row.r`). */
export const MERGE_EVIDENCE_STATEMENT = `${PREFIX}
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.r
${MERGE_EVIDENCE}`;

/**
 * MENTIONS from a source document: one edge per (document, entity); count and offsets are set, not added.
 * Rows are relationship rows followed by `items, keys, prefixes, count, starts, ends`, reshaped into a map
 * for MERGE_EVIDENCE.
 */
const mentionEdgeStatement = (lookup: EndpointLookup) => `${PREFIX}
UNWIND $rows AS list
WITH list AS row, {documents: $documents[toInteger(list[5])], methods: $methods[toInteger(list[6])], confidence: list[7], items: list[10], keys: list[11],
  prefixes: list[12], count: list[13], starts: list[14], ends: list[15]} AS m
${matchEndpoint('a', 'SourceDocument', lookup)}
${matchEndpoint('b', 'Entity', lookup)}
MERGE (a)-[r:MENTIONS]->(b)
ON CREATE SET r.id = row[0], ${CREATE_EVIDENCE}
WITH a, b, r, m AS row
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
const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);
for (const type of RELATION_TYPES) {
  RELATION_STATEMENTS.set(`${type}|element`, relationStatement(type, 'Entity', 'Entity', 'element'));
  for (const source of ENDPOINTS) {
    for (const target of ENDPOINTS)
      RELATION_STATEMENTS.set(`${type}|${source}|${target}`, relationStatement(type, source, target, 'id'));
  }
}
RELATION_STATEMENTS.set('create|element', createRelationStatement('Entity', 'Entity', 'element'));
for (const source of ENDPOINTS) {
  for (const target of ENDPOINTS)
    RELATION_STATEMENTS.set(`create|${source}|${target}`, createRelationStatement(source, target, 'id'));
}

/** The entity statement, once `type` is known to be of the vocabulary (it becomes a label). */
export function entityStatementFor(type: EntityType, mode: WriteMode = 'merge'): string {
  if (!ENTITY_TYPE_SET.has(type))
    throw new KgError('UNKNOWN_TYPE', `graph load: "${type}" is not an entity type of the vocabulary.`);
  return mode === 'create' ? ENTITY_CREATE_STATEMENT : ENTITY_STATEMENT;
}

/** The relationship statement of a type of the vocabulary; with element ids the endpoint labels do not matter. */
export function relationStatementFor(
  type: RelationType,
  source: Endpoint,
  target: Endpoint,
  lookup: EndpointLookup = 'id',
  mode: WriteMode = 'merge',
): string {
  const prefix = mode === 'create' ? 'create' : type;
  const statement = RELATION_TYPE_SET.has(type)
    ? RELATION_STATEMENTS.get(lookup === 'element' ? `${prefix}|element` : `${prefix}|${source}|${target}`)
    : undefined;
  if (!statement) {
    throw new KgError('UNKNOWN_TYPE', `graph load: "${type}" is not a relation type of the vocabulary.`);
  }
  return statement;
}
