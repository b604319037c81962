/*
name: demands
title: 'Demands: who calls on whom'
description: >
  Every call, request or demand made by an organisation, person or document, to whom, and in which
  documents; the evidence holds the quoted passages.
view: graph
group: documents
params: []
*/
MATCH (s)-[c:CALLED_ON]->(t)
RETURN coalesce(s.name, s.title) AS caller, coalesce(t.name, t.title) AS calledOn, c.documents AS documents, c AS demand, s, t
ORDER BY caller, calledOn
