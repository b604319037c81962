/*
name: organisations-by-kind
title: Organisations by kind
description: >
  Organisations grouped by kind (civil society, government, multilateral, company, media, research),
  most mentioned first; `any` lists every kind.
view: table
group: organisations
params:
  - name: kind
    type: string
    default: any
    values: [any, civil_society, government, multilateral, company, media, research, unknown]
    description: Which kind to list.
*/
MATCH (o:Organization)
WITH o, coalesce(o.kind, 'unknown') AS kind
WHERE $kind = 'any' OR kind = $kind
RETURN kind, o.name AS organisation, coalesce(o.mentions, 0) AS mentions, o.aliases AS aliases
ORDER BY kind, mentions DESC, organisation
