/*
name: timeline
title: Timeline of dated events and documents
description: >
  Dated source documents and events in date order, each with the document that records it, between
  two dates (inclusive; YYYY, YYYY-MM or YYYY-MM-DD).
view: timeline
group: documents
params:
  - name: from
    type: date
    default: '1900'
    description: Earliest date to show.
  - name: to
    type: date
    default: '2100'
    description: Latest date to show.
*/
CALL () {
  MATCH (d:SourceDocument) WHERE d.date IS NOT NULL
  RETURN d.date AS date, d.title AS label, 'document' AS kind, d.id AS document, d.title AS documentTitle, d AS node
  UNION ALL
  MATCH (e:Event) WHERE e.date IS NOT NULL
  OPTIONAL MATCH (s:SourceDocument)-[:MENTIONS]->(e)
  WITH e, s ORDER BY s.date
  WITH e, head(collect(s)) AS s
  // Not mentioned by name: the first document backing one of its relationships.
  WITH e, coalesce(s.id, head([(e)-[r]-() WHERE size(coalesce(r.documents, [])) > 0 | r.documents[0]])) AS docId
  OPTIONAL MATCH (s:SourceDocument {id: docId})
  RETURN e.date AS date, e.name AS label, 'event' AS kind, docId AS document, s.title AS documentTitle, e AS node
}
WITH * WHERE date >= $from AND (date <= $to OR date STARTS WITH $to)
RETURN date, label, kind, document, documentTitle, node
ORDER BY date, kind, label
