/*
name: document-signatories
title: Who signed each document
description: >
  Every document with a signature, its date and the people and organisations that signed it.
view: table
group: documents
params: []
*/
MATCH (s:Entity)-[r:SIGNED]->(d)
WITH d, collect(r) AS signatures, collect(s.name) AS names
RETURN coalesce(d.title, d.name) AS document, d.date AS date, size(names) AS signatories, names, signatures
ORDER BY date, document
