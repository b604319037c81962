/*
name: correspondence
title: Who addressed what to whom
description: >
  Letters, statements and other documents with their authors or signatories and their addressees.
view: table
group: documents
params: []
*/
MATCH (d)-[a:ADDRESSED_TO]->(r)
OPTIONAL MATCH (au:Entity)-[w:AUTHORED|SIGNED]->(d)
WITH d, a, r, collect(DISTINCT au.name) AS senders, collect(DISTINCT w) AS sent
RETURN coalesce(d.title, d.name) AS document, d.date AS date, senders, coalesce(r.name, r.title) AS addressee,
  a AS addressed, sent
ORDER BY date, document
