/*
name: ogp-co-chairs
title: Co-chairs and their organisations
description: >
  The co-chairs of a body (by default the OGP Steering Committee) and the organisations they work for
  or lead.
view: graph
group: organisations
params:
  - name: body
    type: entity
    entityType: Organization
    default: OGP Steering Committee
    description: The body whose co-chairs to list (name, alias or id).
*/
MATCH (c:Entity)-[cc:CO_CHAIR_OF]->(b:Entity {id: $body})
OPTIONAL MATCH (c)-[w:WORKS_FOR|LEADS|MEMBER_OF]->(o:Organization) WHERE o <> b
RETURN c AS coChair, [l IN labels(c) WHERE l <> 'Entity'][0] AS type, collect(DISTINCT o) AS organisations, cc AS chair,
  collect(DISTINCT w) AS ties, b AS body
ORDER BY c.name
