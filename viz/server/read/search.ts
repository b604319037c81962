/**
 * Search-as-you-type over entity names and aliases. Uses the full-text index (user input escaped for
 * Lucene, each word matched as a prefix, the whole phrase boosted), then tops up with a plain
 * case-insensitive CONTAINS over names and aliases, which also covers accents and a missing index.
 */
import { ENTITY_LABEL } from '../../../core/model/index.ts';
import { ENTITY_FULLTEXT_INDEX } from '../../../graph/schema/index.ts';
import type { SearchHit } from '../../api/schema.ts';
import { readRows, type ReadContext } from './db.ts';
import { typeOf } from './shape.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's special characters so user text is matched literally. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => '\\' + c);
}

/**
 * A Lucene query for suggestions: every word as a prefix (AND), or the exact phrase (boosted).
 * @example luceneQuery('nso gr') // '"nso gr"^4 OR (nso* AND gr*)'
 */
export function luceneQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, ''))
    .filter((w) => w !== '' && !/^(and|or|not|to)$/.test(w));
  if (words.length === 0) return null;
  const phrase = `"${escapeLucene(input.trim().toLowerCase())}"^4`;
  return `${phrase} OR (${words.map((w) => `${w}*`).join(' AND ')})`;
}

interface Row {
  id: string;
  name: string;
  aliases: unknown;
  labels: string[];
  score: number;
}

function bestMatch(q: string, name: string, aliases: string[]): string {
  const needle = q.toLowerCase();
  return [name, ...aliases].find((s) => s.toLowerCase().includes(needle)) ?? name;
}

/**
 * @example const hits = await searchEntities(ctx, 'Pegasus', 10);
 */
export async function searchEntities(
  ctx: ReadContext,
  q: string,
  limit: number,
  types?: string[],
): Promise<SearchHit[]> {
  const typeFilter = types && types.length > 0 ? types : null;
  const hits = new Map<string, SearchHit>();
  const add = (r: Row) => {
    if (hits.has(r.id) || hits.size >= limit) return;
    const aliases = Array.isArray(r.aliases)
      ? r.aliases.filter((a): a is string => typeof a === 'string')
      : [];
    hits.set(r.id, {
      id: r.id,
      type: typeOf(r.labels),
      name: r.name,
      aliases,
      matched: bestMatch(q, r.name, aliases),
      score: r.score,
    });
  };
  const lucene = luceneQuery(q);
  if (lucene !== null) {
    try {
      const rows = await readRows<Row>(
        ctx,
        `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
         WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
         RETURN node.id AS id, node.name AS name, node.aliases AS aliases, labels(node) AS labels, score
         ORDER BY score DESC, size(node.name) LIMIT $limit`,
        { index: ENTITY_FULLTEXT_INDEX, lucene, fetch: limit * 4, limit, types: typeFilter },
      );
      rows.forEach(add);
    } catch (error) {
      // A missing or still-populating index must not break search: the CONTAINS pass below still answers.
      if ((error as { code?: string }).code === 'NEO4J_UNAVAILABLE') throw error;
    }
  }
  if (hits.size < limit) {
    const rows = await readRows<Row>(
      ctx,
      `MATCH (n:${ENTITY_LABEL})
       WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
         AND (toLower(n.name) CONTAINS $needle OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $needle))
       RETURN n.id AS id, n.name AS name, n.aliases AS aliases, labels(n) AS labels, 0.0 AS score
       ORDER BY CASE WHEN toLower(n.name) STARTS WITH $needle THEN 0 ELSE 1 END, size(n.name), n.name
       LIMIT $limit`,
      { needle: q.toLowerCase(), limit, types: typeFilter },
    );
    rows.forEach(add);
  }
  return [...hits.values()];
}
