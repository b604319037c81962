/*
name: solidarity-network
title: The international solidarity network
description: >
  Who supports a group (by default the Mexican core group): supporting documents and organisations,
  who signed or wrote those documents, and what else the supporters called for.
view: graph
group: organisations
params:
  - name: group
    type: entity
    default: NOSC
    description: The group receiving support (name, alias or id).
*/
MATCH (g:Entity {id: $group})
CALL (g) {
  MATCH p = (x)-[:SUPPORTS]->(g)
  RETURN p
  UNION
  MATCH p = (s:Entity)-[:SIGNED|AUTHORED]->(x)-[:SUPPORTS]->(g)
  RETURN p
  UNION
  MATCH p = (x)-[:SUPPORTS]->(g)
  MATCH q = (x)-[:CALLED_ON|ADDRESSED_TO]->(t)
  RETURN q AS p
}
WITH p, nodes(p)[0] AS supporter
RETURN coalesce(supporter.name, supporter.title) AS supporter, [r IN relationships(p) | type(r)] AS ties, p AS path
ORDER BY supporter
