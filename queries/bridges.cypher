/*
name: bridges
title: Bridges between documents and groups
description: >
  Entities that appear in several source documents, with their brokerage: how many pairs of their
  neighbours have no direct tie, i.e. groups only this entity connects.
view: table
group: explore
params:
  - name: minDocuments
    type: int
    default: 2
    min: 1
    max: 100
    description: Smallest number of documents an entity must appear in.
  - name: limit
    type: int
    default: 25
    min: 1
    max: 1000
    description: Most entities to list.
*/
MATCH (d:SourceDocument)-[:MENTIONS]->(e:Entity)
WITH e, collect(DISTINCT d.title) AS documents
WHERE size(documents) >= $minDocuments
OPTIONAL MATCH (e)-[r]-(n:Entity) WHERE type(r) <> 'MENTIONS' AND n <> e
WITH e, documents, collect(DISTINCT n) AS neighbours
WITH e, documents, neighbours,
  reduce(s = 0, a IN neighbours | s + size([b IN neighbours WHERE elementId(a) < elementId(b) AND NOT EXISTS { (a)--(b) }])) AS brokerage
RETURN e.name AS entity, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, size(documents) AS documentCount,
  size(neighbours) AS neighbours, brokerage, documents
ORDER BY documentCount DESC, brokerage DESC, entity
LIMIT $limit
