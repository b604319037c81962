/**
 * Reads the whole graph back from Neo4j in the shape of an extraction (documents, entities, relations with
 * their evidence, mentions), validated with the shared zod schema. Used by `kg export` and by tests that
 * check what the loader wrote.
 */
import { ValidationError } from '../../core/errors.ts';
import {
  ENTITY_TYPES,
  Extraction,
  type Entity,
  type Mention,
  type Relation,
  type SourceDocument,
} from '../../core/model/index.ts';
import { toNative, type Native, type Neo4jHandle } from '../connection/index.ts';
import { parseEvidence } from '../schema/index.ts';

type Props = Record<string, Native>;

const DOCUMENTS = 'MATCH (d:SourceDocument) RETURN d {.*} AS d ORDER BY d.id';
const ENTITIES = 'MATCH (n:Entity) RETURN n {.*} AS n, labels(n) AS labels ORDER BY n.id';
const RELATIONSHIPS = `
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:SourceDocument) AND (b:Entity OR b:SourceDocument)
RETURN a.id AS source, b.id AS target, type(r) AS type, r {.*} AS r, a:SourceDocument AS fromDocument
ORDER BY r.id`;

const str = (v: Native | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const nums = (v: Native | undefined): number[] =>
  Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];

/**
 * @example const { entities, relations } = await readGraph(handle);
 */
export async function readGraph(handle: Neo4jHandle): Promise<Extraction> {
  const query = async (cypher: string) => {
    try {
      const { records } = await handle.driver.executeQuery(
        cypher,
        {},
        { database: handle.database, routing: 'READ' },
      );
      return records.map((r) => toNative(r) as Props);
    } catch (error) {
      throw handle.toError(error);
    }
  };
  const documents = (await query(DOCUMENTS)).map((row) => row.d as Props as unknown as SourceDocument);
  const entities = (await query(ENTITIES)).map((row): Entity => {
    const n = row.n as Props;
    const labels = row.labels as string[];
    const entity: Entity = {
      id: String(n.id),
      type: ENTITY_TYPES.find((t) => labels.includes(t)) ?? 'Organization',
      name: String(n.name),
      aliases: Array.isArray(n.aliases) ? n.aliases.map(String) : [],
      mentions: typeof n.mentions === 'number' ? n.mentions : 0,
    };
    if (str(n.kind)) entity.kind = str(n.kind) as Entity['kind'];
    if (str(n.date)) entity.date = str(n.date);
    return entity;
  });
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const relations: Relation[] = [];
  const mentions: Mention[] = [];
  for (const row of await query(RELATIONSHIPS)) {
    const r = row.r as Props;
    const relation: Relation = {
      id: String(r.id),
      type: row.type as Relation['type'],
      source: String(row.source),
      target: String(row.target),
      evidence: parseEvidence(r.evidence),
    };
    if (str(r.role)) relation.role = str(r.role);
    if (typeof r.count === 'number' && r.count > 0) relation.count = r.count;
    relations.push(relation);
    if (row.type === 'MENTIONS' && row.fromDocument === true) {
      const starts = nums(r.starts);
      const ends = nums(r.ends);
      const text = texts.get(relation.source) ?? '';
      starts.forEach((start, i) => {
        const end = ends[i] ?? start;
        mentions.push({
          entity: relation.target,
          document: relation.source,
          start,
          end,
          text: text.slice(start, end),
        });
      });
    }
  }
  const parsed = Extraction.safeParse({ documents, entities, relations, mentions, failures: [] });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ValidationError(
      'GRAPH_INVALID',
      `graph export: the graph in ${handle.database} does not fit the model (${first?.path.join('.')}: ${first?.message}); reload it with \`kg ingest --reset\`.`,
    );
  }
  return parsed.data;
}
