/*
name: core-group-members
title: Core group members and their representatives
description: >
  The member organisations of a coalition (by default the Mexican civil-society core group, NOSC) and
  the people who work for each of them.
view: graph
group: organisations
params:
  - name: group
    type: entity
    entityType: Organization
    default: NOSC
    description: The coalition whose members to list (name, alias or id).
*/
MATCH (g:Entity {id: $group})<-[mem:MEMBER_OF]-(m:Organization)
OPTIONAL MATCH (p:Person)-[w:WORKS_FOR]->(m)
RETURN m AS member, collect(DISTINCT p) AS representatives, mem AS membership, collect(DISTINCT w) AS roles, g AS coalition
ORDER BY m.name
