// Result shaping over real data: stable entity ids as node ids, endpoints fetched when a query returns only
// relationships, evidence parsed, paths in rows, entity names resolved through the full-text index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jHandle } from '../../../graph/connection/index.ts';
import { QueryResult, resolveEntity, runCypher, runSavedQuery } from '../../../queries/index.ts';
import { loadCorpusOnce } from '../../support/corpus.ts';
import { openTestDriver } from '../../support/neo4j.ts';

let handle: Neo4jHandle;
beforeAll(async () => {
  handle = await openTestDriver();
  await loadCorpusOnce(handle);
});
afterAll(() => handle.close());

describe('QueryResult shape', () => {
  it('uses stable ids and fetches endpoints of bare relationships', async () => {
    const r = await runCypher(handle, 'MATCH ()-[r:DEVELOPED]->() RETURN r');
    expect(() => QueryResult.parse(r)).not.toThrow();
    expect(r.view).toBe('graph');
    const [rel] = r.graph.relationships;
    const ids = new Set(r.graph.nodes.map((n) => n.id));
    expect(rel && ids.has(rel.source) && ids.has(rel.target)).toBe(true);
    expect(r.graph.nodes.map((n) => n.name).sort()).toEqual(['NSO Group', 'Pegasus']);
    const nso = r.graph.nodes.find((n) => n.name === 'NSO Group');
    expect(nso).toMatchObject({ type: 'Organization', properties: { kind: 'company' } });
    expect(rel?.evidence[0]?.text).toMatch(/NSO Group/);
    expect(rel?.evidence[0]?.document).toMatch(/^doc:/);
  });

  it('collects nodes and relationships from paths, lists and maps; leaves document text out', async () => {
    const r = await runCypher(
      handle,
      `MATCH p = (:Person)-[:WORKS_FOR]->(o:Organization) WITH p, o LIMIT 2
       MATCH (d:SourceDocument) WITH p, o, d LIMIT 2
       RETURN p, {org: o, list: [d]} AS nested`,
    );
    const path = r.rows[0]?.p as { nodes: string[]; relationships: string[]; length: number };
    expect(path.length).toBe(1);
    const ids = new Set(r.graph.nodes.map((n) => n.id));
    expect(path.nodes.every((id) => ids.has(id))).toBe(true);
    const doc = r.graph.nodes.find((n) => n.type === 'SourceDocument');
    expect(doc?.properties).not.toHaveProperty('text');
    expect(doc?.name).toBe(doc?.properties.title);
  });

  it('gives scalar answers the table view and plain JSON rows', async () => {
    const r = await runCypher(
      handle,
      'MATCH (p:Person) RETURN count(p) AS people, date("2017-05-23") AS day',
    );
    expect(r.view).toBe('table');
    expect(typeof r.rows[0]?.people).toBe('number');
    expect(r.rows[0]?.day).toBe('2017-05-23');
  });
});

describe('entity parameters', () => {
  const idOf = async (name: string) =>
    (await runCypher(handle, 'MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name })).rows[0]?.id;

  it('resolve names, aliases and near spellings to ids', async () => {
    expect(await resolveEntity(handle, 'Pegasus')).toBe(await idOf('Pegasus'));
    expect(await resolveEntity(handle, 'NOSC')).toBe(
      await idOf('Núcleo de Organizaciones de la Sociedad Civil'),
    );
    expect(await resolveEntity(handle, 'Pardinas')).toBe(await idOf('Juan Pardinás'));
    const id = String(await idOf('NSO Group'));
    expect(await resolveEntity(handle, id)).toBe(id);
  });

  it('list the candidates when a name is ambiguous or unknown', async () => {
    const ambiguous = await resolveEntity(handle, 'Juan', 'Person').catch((e: Error) => e);
    expect(ambiguous).toMatchObject({ name: 'ValidationError', code: 'ENTITY_AMBIGUOUS' });
    expect((ambiguous as Error).message).toMatch(/Pardinás.*Casanueva|Casanueva.*Pardinás/);
    await expect(resolveEntity(handle, 'Zzyzx Quux')).rejects.toMatchObject({ code: 'ENTITY_NOT_FOUND' });
    await expect(resolveEntity(handle, 'Citizen Lab', 'Technology')).rejects.toMatchObject({
      code: 'ENTITY_NOT_FOUND',
    });
  });

  it('saved queries accept an alias and refuse an unknown name', async () => {
    const r = await runSavedQuery(handle, 'core-group-members', { group: 'Core Group of Civil Society' });
    expect(r.rows).toHaveLength(10);
    await expect(runSavedQuery(handle, 'neighbourhood', { entity: 'Nobody Atall' })).rejects.toMatchObject({
      code: 'ENTITY_NOT_FOUND',
    });
  });
});
