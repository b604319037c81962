/**
 * Resolves an `entity` parameter (a name, alias or id as an investigator types it) to one entity id:
 * an exact id, name or alias match first, else the full-text index over names and aliases. No match or
 * several equally good ones give a ValidationError that lists the candidates, so nobody queries the wrong
 * "Juan" by accident.
 */
import neo4j from 'neo4j-driver';
import { ValidationError } from '../../core/errors.ts';
import type { EntityType } from '../../core/model/index.ts';
import { ENTITY_FULLTEXT_INDEX } from '../../graph/schema/index.ts';
import type { QueryHandle } from './cypher.ts';

export interface EntityCandidate {
  id: string;
  name: string;
  type: string;
  score: number;
}

const EXACT = `
MATCH (e:Entity)
WHERE ($type IS NULL OR $type IN labels(e))
  AND (e.id = $q OR toLower(e.name) = toLower($q) OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($q)))
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       CASE WHEN e.id = $q THEN 3.0 WHEN toLower(e.name) = toLower($q) THEN 2.0 ELSE 1.0 END AS score
ORDER BY score DESC, coalesce(e.mentions, 0) DESC`;

const FULLTEXT = `
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
WHERE $type IS NULL OR $type IN labels(node)
RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type, score
ORDER BY score DESC LIMIT 8`;

/** Lucene query: every word of the input, special characters escaped, each word fuzzy-matched too. */
export function luceneQuery(text: string): string {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((w) => w !== '');
  return words.map((w) => (w.length > 3 ? `(${w} OR ${w}~1)` : w)).join(' AND ');
}

async function candidates(
  handle: QueryHandle,
  q: string,
  type: EntityType | null,
): Promise<EntityCandidate[]> {
  const read = async (cypher: string, params: Record<string, unknown>) => {
    const { records } = await handle.driver.executeQuery(cypher, params, {
      database: handle.database,
      routing: neo4j.routing.READ,
    });
    return records.map((r) => ({
      id: String(r.get('id')),
      name: String(r.get('name')),
      type: String(r.get('type')),
      score: Number(r.get('score')),
    }));
  };
  const exact = await read(EXACT, { q, type });
  if (exact.length > 0) return exact;
  return read(FULLTEXT, { index: ENTITY_FULLTEXT_INDEX, lucene: luceneQuery(q), type });
}

/**
 * @example await resolveEntity(handle, 'Pegasus')        // → 'ent:technology:pegasus' (whatever its id is)
 * @example await resolveEntity(handle, 'Juan', 'Person') // throws ENTITY_AMBIGUOUS listing both Juans
 */
export async function resolveEntity(
  handle: QueryHandle,
  text: string,
  type: EntityType | null = null,
  param = 'entity',
): Promise<string> {
  const q = text.trim();
  const found = await candidates(handle, q, type);
  const [best, second] = found;
  const ofType = type ? ` of type ${type}` : '';
  if (!best) {
    throw new ValidationError(
      'ENTITY_NOT_FOUND',
      `query: param "${param}": no entity${ofType} matches "${q}". Check the spelling or search with \`kg cypher\`.`,
    );
  }
  const clearWinner =
    !second || best.score >= 2 * second.score || (best.score > second.score && best.score >= 2);
  if (!clearWinner) {
    const list = found
      .filter((c) => c.score >= best.score / 2)
      .map((c) => `${c.name} (${c.type}, ${c.id})`)
      .join('; ');
    throw new ValidationError(
      'ENTITY_AMBIGUOUS',
      `query: param "${param}": "${q}" matches several entities${ofType}: ${list}. Use a fuller name or the id.`,
    );
  }
  return best.id;
}
