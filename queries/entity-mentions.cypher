/*
name: entity-mentions
title: Documents that mention an entity, with quotes
description: >
  Every source document naming an entity, how often, and the passages around the first mentions.
view: table
group: documents
params:
  - name: entity
    type: entity
    default: Juan Pardinás
    description: The entity to look for (name, alias or id).
  - name: quotes
    type: int
    default: 3
    min: 1
    max: 20
    description: Passages to quote per document.
*/
MATCH (d:SourceDocument)-[m:MENTIONS]->(e:Entity {id: $entity})
WITH d, m, e, [i IN range(0, size(coalesce(m.starts, [])) - 1) | i][..$quotes] AS picks
RETURN coalesce(d.title, d.id) AS document, d.date AS date, coalesce(m.count, size(m.starts)) AS mentions,
  [i IN picks |
    trim(substring(d.text,
      CASE WHEN m.starts[i] < 120 THEN 0 ELSE m.starts[i] - 120 END,
      (CASE WHEN m.starts[i] < 120 THEN m.starts[i] ELSE 120 END) + (m.ends[i] - m.starts[i]) + 120))
  ] AS quotes,
  m AS mention
ORDER BY date, document
