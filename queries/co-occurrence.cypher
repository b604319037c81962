/*
name: co-occurrence
title: Entities that appear together across documents
description: >
  Pairs of entities named in the same source documents, by the number of documents they share.
view: table
group: explore
params:
  - name: minDocuments
    type: int
    default: 2
    min: 1
    max: 100
    description: Smallest number of shared documents.
  - name: limit
    type: int
    default: 50
    min: 1
    max: 1000
    description: Most pairs to list.
*/
MATCH (a:Entity)<-[:MENTIONS]-(d:SourceDocument)-[:MENTIONS]->(b:Entity)
WHERE a.id < b.id
WITH a, b, collect(DISTINCT d.title) AS documents
WHERE size(documents) >= $minDocuments
RETURN a.name AS entity, b.name AS other, size(documents) AS shared, documents
ORDER BY shared DESC, entity, other
LIMIT $limit
