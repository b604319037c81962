/*
name: neighbourhood
title: Everything within N hops of an entity
description: >
  The entities and source documents reachable from one entity in at most N relationships (mentions
  excluded), each with the shortest path that reaches it.
view: graph
group: explore
params:
  - name: entity
    type: entity
    default: Pegasus
    description: Where to start (name, alias or id).
  - name: hops
    type: int
    default: 2
    min: 1
    max: 4
    description: How many relationships away to look.
*/
MATCH (e:Entity {id: $entity})
MATCH (n) WHERE (n:Entity OR n:SourceDocument) AND n <> e
MATCH p = shortestPath((e)-[:MEMBER_OF|PART_OF|WORKS_FOR|CO_CHAIR_OF|LEADS|SIGNED|AUTHORED|PUBLISHED|ADDRESSED_TO|WITHDREW_FROM|TARGETED|DEVELOPED|ACQUIRED|USED|REPORTED_ON|COLLABORATED_WITH|SUPPORTS|CALLED_ON|PARTICIPATED_IN|HOSTED|LOCATED_IN*..4]-(n))
WITH n, p WHERE length(p) <= $hops
RETURN coalesce(n.name, n.title) AS name, length(p) AS hops, p AS path
ORDER BY hops, name
