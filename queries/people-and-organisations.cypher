/*
name: people-and-organisations
title: People and their organisations
description: >
  Every tie between a person and an organisation (works for, leads, member of, co-chair of), with the
  role when the text gives one.
view: graph
group: people
params: []
*/
MATCH (p:Person)-[r:WORKS_FOR|LEADS|MEMBER_OF|CO_CHAIR_OF]->(o:Organization)
RETURN p AS person, type(r) AS tie, r.role AS role, o AS organisation, r AS relationship
ORDER BY p.name, o.name
