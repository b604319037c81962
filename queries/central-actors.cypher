/*
name: central-actors
title: Most central actors
description: >
  People and organisations ranked by betweenness (how often they sit on the shortest paths between
  others) and degree, computed with graphology over every relationship except mentions, source documents
  included as go-betweens.
view: table
group: explore
compute: centrality
params:
  - name: limit
    type: int
    default: 15
    min: 1
    max: 500
    description: Most actors to list.
*/
MATCH (a)-[r]->(b)
WHERE type(r) <> 'MENTIONS' AND (a:Entity OR a:SourceDocument) AND (b:Entity OR b:SourceDocument)
RETURN a, r, b
