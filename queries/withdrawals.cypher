/*
name: withdrawals
title: Who withdrew from what
description: >
  Withdrawals (e.g. the core group leaving the Tripartite Technical Secretariat), with the other parties
  of the body left behind and the documents that report it.
view: graph
group: organisations
params: []
*/
MATCH (x)-[w:WITHDREW_FROM]->(b)
OPTIONAL MATCH (other)-[pt:PART_OF|MEMBER_OF]->(b) WHERE other <> x
RETURN coalesce(x.name, x.title) AS who, coalesce(b.name, b.title) AS body, w.documents AS documents,
  collect(DISTINCT coalesce(other.name, other.title)) AS otherParties, w AS withdrawal, collect(DISTINCT pt) AS parts
ORDER BY who
