/*
name: shortest-paths
title: Shortest paths between two entities
description: >
  All the shortest chains of relationships (mentions excluded) linking two entities, e.g. how the maker
  of a spyware connects to the OGP Steering Committee.
view: graph
group: explore
params:
  - name: from
    type: entity
    default: NSO Group
    description: One end (name, alias or id).
  - name: to
    type: entity
    default: OGP Steering Committee
    description: The other end (name, alias or id).
  - name: maxHops
    type: int
    default: 6
    min: 1
    max: 10
    description: Longest path to consider.
*/
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:MEMBER_OF|PART_OF|WORKS_FOR|CO_CHAIR_OF|LEADS|SIGNED|AUTHORED|PUBLISHED|ADDRESSED_TO|WITHDREW_FROM|TARGETED|DEVELOPED|ACQUIRED|USED|REPORTED_ON|COLLABORATED_WITH|SUPPORTS|CALLED_ON|PARTICIPATED_IN|HOSTED|LOCATED_IN*..10]-(b))
WITH p WHERE length(p) <= $maxHops
RETURN length(p) AS hops, [n IN nodes(p) | coalesce(n.name, n.title)] AS chain, p AS path
LIMIT 25
