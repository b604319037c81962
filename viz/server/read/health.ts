/** Counts for the health endpoint and the page's status line: nodes by type, relationships by type. */
import { ENTITY_LABEL, SOURCE_DOCUMENT_LABEL } from '../../../core/model/index.ts';
import type { HealthResponse } from '../../api/schema.ts';
import { readRows, type ReadContext } from './db.ts';
import { typeOf } from './shape.ts';

/** @example const counts = await readHealthCounts(ctx); counts.byType.Person */
export async function readHealthCounts(ctx: ReadContext): Promise<NonNullable<HealthResponse['counts']>> {
  const nodes = await readRows<{ labels: string[]; n: number }>(
    ctx,
    `MATCH (n) WHERE n:${ENTITY_LABEL} OR n:${SOURCE_DOCUMENT_LABEL} RETURN labels(n) AS labels, count(*) AS n`,
  );
  const rels = await readRows<{ type: string; n: number }>(
    ctx,
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  const byType: Record<string, number> = {};
  for (const row of nodes) {
    const type = typeOf(row.labels);
    byType[type] = (byType[type] ?? 0) + row.n;
  }
  const byRelationType = Object.fromEntries(rels.map((r) => [r.type, r.n]));
  return {
    nodes: nodes.reduce((sum, r) => sum + r.n, 0),
    relationships: rels.reduce((sum, r) => sum + r.n, 0),
    documents: byType[SOURCE_DOCUMENT_LABEL] ?? 0,
    byType,
    byRelationType,
  };
}
