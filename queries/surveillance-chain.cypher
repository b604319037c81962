/*
name: surveillance-chain
title: The surveillance chain
description: >
  Who developed, acquired, used and reported on a surveillance technology (by default Pegasus), whom it
  targeted, and the organisations the targets belong to.
view: graph
group: surveillance
params:
  - name: technology
    type: entity
    entityType: Technology
    default: Pegasus
    description: The technology to follow (name, alias or id).
*/
MATCH (t:Entity {id: $technology})
CALL (t) {
  MATCH p = (x)-[r:DEVELOPED|ACQUIRED|USED|REPORTED_ON]->(t)
  RETURN type(r) AS step, p
  UNION
  MATCH p = (t)-[:TARGETED]->(v)
  RETURN 'TARGETED' AS step, p
  UNION
  MATCH p = (t)-[:TARGETED]->(v)-[r:WORKS_FOR|MEMBER_OF|LEADS|CO_CHAIR_OF|PART_OF]->(o)
  RETURN 'TARGET_AFFILIATION' AS step, p
}
RETURN step, p AS path
ORDER BY CASE step WHEN 'DEVELOPED' THEN 0 WHEN 'ACQUIRED' THEN 1 WHEN 'USED' THEN 2
  WHEN 'TARGETED' THEN 3 WHEN 'TARGET_AFFILIATION' THEN 4 ELSE 5 END
