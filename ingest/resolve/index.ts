/**
 * Public face of entity resolution: merge the facts of many documents into one node per real-world entity
 * with stable ids, reusing the ids of entities already known (in the graph).
 */
import type { Entity, Mention, Relation } from '../../core/model/index.ts';
import type { DocumentFacts } from '../extract/facts.ts';

export interface Resolved {
  entities: Entity[];
  relations: Relation[];
  mentions: Mention[];
}

/**
 * Resolve per-document facts into global entities, relations (incl. MENTIONS) and mentions.
 * @example const { entities, relations, mentions } = resolveFacts(docs.map(extractDocument), existing);
 */
export function resolveFacts(facts: DocumentFacts[], known: Entity[] = []): Resolved {
  void facts;
  void known;
  return { entities: [], relations: [], mentions: [] };
}
