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
  /** Name and aliases (for deciding whether every word typed is in them). */
  names: string[];
}

/** Lower-case words without accents: "Juan E. Pardinás" → ['juan', 'e', 'pardinas']. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** True when every word typed appears in the candidate's name or one alias. */
function covers(candidate: EntityCandidate, typed: string[]): boolean {
  return candidate.names.some((n) => {
    const have = new Set(words(n));
    return typed.every((w) => have.has(w));
  });
}

const EXACT = `
MATCH (e:Entity)
WHERE ($type IS NULL OR $type IN labels(e))
  AND (e.id = $q OR toLower(e.name) = toLower($q) OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($q)))
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, [e.name] + coalesce(e.aliases, []) AS names,
       CASE WHEN e.id = $q THEN 3.0 WHEN toLower(e.name) = toLower($q) THEN 2.0 ELSE 1.0 END AS score
ORDER BY score DESC, coalesce(e.mentions, 0) DESC`;

const FULLTEXT = `
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
WHERE $type IS NULL OR $type IN labels(node)
RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
  [node.name] + coalesce(node.aliases, []) AS names, score
ORDER BY score DESC LIMIT 8`;

/** Lucene query: every word of the input, special characters escaped, each word fuzzy-matched too. */
export function luceneQuery(text: string): string {
  const parts = text
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((w) => w !== '');
  return parts.map((w) => (w.length > 3 ? `(${w} OR ${w}~1)` : w)).join(' AND ');
}

async function candidates(
  handle: QueryHandle,
  q: string,
  type: EntityType | null,
): Promise<{ exact: boolean; found: EntityCandidate[] }> {
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
      names: (r.get('names') as unknown[]).map(String),
    }));
  };
  const exact = await read(EXACT, { q, type });
  if (exact.length > 0) return { exact: true, found: exact };
  const lucene = luceneQuery(q);
  if (lucene === '') return { exact: false, found: [] };
  return { exact: false, found: await read(FULLTEXT, { index: ENTITY_FULLTEXT_INDEX, lucene, type }) };
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
  const { exact, found } = await candidates(handle, q, type);
  const ofType = type ? ` of type ${type}` : '';
  const [best, second] = found;
  if (!best) {
    throw new ValidationError(
      'ENTITY_NOT_FOUND',
      `query: param "${param}": no entity${ofType} matches "${q}". Check the spelling or search with \`kg cypher\`.`,
    );
  }
  let winner: EntityCandidate | undefined;
  let shortlist = found;
  if (exact) {
    // id (3) beats name (2) beats alias (1); a tie at the top is ambiguous.
    winner = !second || best.score > second.score ? best : undefined;
    shortlist = found.filter((c) => c.score === best.score);
  } else {
    // Full-text scores favour long alias lists, so prefer the only hit holding every typed word.
    const typed = words(q);
    const covering = found.filter((c) => covers(c, typed));
    if (covering.length === 1) winner = covering[0];
    else if (covering.length > 1) shortlist = covering;
    else winner = !second || best.score >= 2 * second.score ? best : undefined;
  }
  if (!winner) {
    const list = shortlist.map((c) => `${c.name} (${c.type}, ${c.id})`).join('; ');
    throw new ValidationError(
      'ENTITY_AMBIGUOUS',
      `query: param "${param}": "${q}" matches several entities${ofType}: ${list}. Use a fuller name or the id.`,
    );
  }
  return winner.id;
}
