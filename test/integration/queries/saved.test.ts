// Every saved query runs with its defaults against the real Neo4j loaded with the corpus, and its actual
// answer is checked: who the core group's members are, whom Pegasus targeted, the NSO → OGP path, ...
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jHandle } from '../../../graph/connection/index.ts';
import { listQueries, QueryResult, runSavedQuery } from '../../../queries/index.ts';
import { loadCorpusOnce } from '../../support/corpus.ts';
import { openTestDriver } from '../../support/neo4j.ts';

let handle: Neo4jHandle;
beforeAll(async () => {
  handle = await openTestDriver();
  await loadCorpusOnce(handle);
});
afterAll(() => handle.close());

const run = (name: string, params: Record<string, unknown> = {}) =>
  runSavedQuery(handle, name, params, { timeoutMs: 30_000, maxRows: 5_000 });

/** Names in a cell: a node, a list of nodes or a plain string. */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object' && 'name' in value) return [String(value.name)];
  return [];
}
const col = (r: QueryResult, c: string) => r.rows.flatMap((row) => names(row[c]));
const nodeNames = (r: QueryResult) => r.graph.nodes.map((n) => n.name);

/** Names of the nodes on each path of a column, in order. */
function paths(r: QueryResult, c: string): string[][] {
  const byId = new Map(r.graph.nodes.map((n) => [n.id, n.name]));
  return r.rows.map((row) => (row[c] as { nodes: string[] }).nodes.map((id) => byId.get(id) ?? id));
}

const TEN_MEMBERS = [
  'Article 19',
  'México Evalúa',
  'Contraloría Ciudadana',
  'Cultura Ecológica',
  /^Fundar/,
  /GESOC|Agencia para el Desarrollo/,
  /Instituto Mexicano para la Competitividad|IMCO/,
  'Observatorio Nacional Ciudadano',
  'SocialTIC',
  'Transparencia Mexicana',
];
const SOUTH_AFRICAN_SIGNATORIES = [
  'Afesis-corplan',
  'Black Sash',
  'Change Agents South Africa',
  'Election Monitoring Network',
  /Freedom of Expression Institute/,
  /Mobile Social Accountability Monitoring/,
  /Open Democracy Advice Cent/,
  'Sustainable Livelihoods Foundation',
  /Public Service Accountability Monitor/,
];
const matches = (list: string[], want: string | RegExp) =>
  list.some((x) => (typeof want === 'string' ? x === want : want.test(x)));

const checks: Record<string, () => Promise<void>> = {
  'core-group-members': async () => {
    const r = await run('core-group-members');
    const members = col(r, 'member');
    expect(members).toHaveLength(10);
    for (const m of TEN_MEMBERS) expect(matches(members, m), String(m)).toBe(true);
    const repOf = (org: string) => names(r.rows.find((row) => names(row.member)[0] === org)?.representatives);
    expect(repOf('Article 19')).toContain('Ana Cristina Ruelas');
    expect(repOf('SocialTIC')).toContain('Juan Manuel Casanueva');
    expect(r.rows.every((row) => names(row.representatives).length >= 1)).toBe(true);
    expect(new Set(col(r, 'coalition'))).toEqual(new Set(['Núcleo de Organizaciones de la Sociedad Civil']));
  },
  'document-signatories': async () => {
    const r = await run('document-signatories');
    const byDate = (d: string) => r.rows.filter((row) => row.date === d);
    const tbilisi = byDate('2018-07-16')[0];
    expect(tbilisi?.signatories).toBe(10);
    expect(names(tbilisi?.names)).toEqual(expect.arrayContaining(['Ana Cristina Ruelas', 'Edna Jaime']));
    const june = byDate('2017-06-14').flatMap((row) => names(row.names));
    expect(june).toEqual(expect.arrayContaining(['Manish Bapna', 'Mukelani Dimba', 'Black Sash']));
    for (const s of SOUTH_AFRICAN_SIGNATORIES) expect(matches(june, s), String(s)).toBe(true);
  },
  'people-and-organisations': async () => {
    const r = await run('people-and-organisations');
    expect(r.rows.length).toBeGreaterThanOrEqual(12);
    const bapna = r.rows.find((row) => names(row.person)[0] === 'Manish Bapna' && row.tie === 'WORKS_FOR');
    expect(names(bapna?.organisation)).toEqual(['World Resources Institute']);
    expect(String(bapna?.role)).toMatch(/Executive Vice President/);
    expect(r.graph.nodes.filter((n) => n.type === 'Person').length).toBeGreaterThanOrEqual(12);
  },
  'surveillance-chain': async () => {
    const r = await run('surveillance-chain');
    const step = (s: string) => paths(r, 'path').filter((_, i) => r.rows[i]?.step === s);
    expect(step('DEVELOPED')).toContainEqual(['NSO Group', 'Pegasus']);
    expect(step('ACQUIRED').map((p) => p[0])).toContain("Attorney General's Office");
    expect(step('TARGETED').map((p) => p[1])).toContainEqual(expect.stringMatching(/Juan (E\. )?Pardinás/));
    const affiliations = step('TARGET_AFFILIATION').map((p) => p[2]);
    expect(affiliations).toEqual(expect.arrayContaining(['OGP Steering Committee']));
    expect(affiliations.some((a) => /Instituto Mexicano para la Competitividad/.test(a ?? ''))).toBe(true);
    expect(r.graph.relationships.every((rel) => rel.evidence.length > 0)).toBe(true);
  },
  neighbourhood: async () => {
    const one = await run('neighbourhood', { hops: 1 });
    expect(col(one, 'name')).toEqual(expect.arrayContaining(['NSO Group', 'Citizen Lab']));
    expect(col(one, 'name').some((n) => /Pardinás/.test(n))).toBe(true);
    expect(one.rows.every((row) => row.hops === 1)).toBe(true);
    const two = await run('neighbourhood');
    expect(two.rows.every((row) => Number(row.hops) <= 2)).toBe(true);
    expect(col(two, 'name')).toContain('OGP Steering Committee');
    expect(col(two, 'name')).toEqual(expect.arrayContaining(col(one, 'name')));
    const four = await run('neighbourhood', { entity: 'NSO Group', hops: '4' });
    expect(four.rows.length).toBeGreaterThan(two.rows.length);
  },
  'shortest-paths': async () => {
    const r = await run('shortest-paths');
    expect(r.rows.length).toBeGreaterThanOrEqual(1);
    const chains = paths(r, 'path');
    expect(chains[0]?.[0]).toBe('NSO Group');
    expect(chains[0]?.at(-1)).toBe('OGP Steering Committee');
    expect(chains.some((c) => c.includes('Pegasus') && c.some((n) => /Pardinás/.test(n)))).toBe(true);
    expect(r.rows.every((row) => row.hops === r.rows[0]?.hops)).toBe(true);
  },
  timeline: async () => {
    const r = await run('timeline');
    const dates = r.rows.map((row) => String(row.date));
    expect(dates).toEqual([...dates].sort());
    const docDates = r.rows.filter((row) => row.kind === 'document').map((row) => row.date);
    expect(docDates).toEqual(['2017-05-23', '2017-06-14', '2017-06-14', '2017-09-19', '2018-07-16']);
    expect(r.rows.every((row) => typeof row.document === 'string' && typeof row.label === 'string')).toBe(
      true,
    );
    expect(r.rows.some((row) => row.kind === 'event')).toBe(true);
    const late = await run('timeline', { from: '2018' });
    expect(late.rows.length).toBeGreaterThan(0);
    expect(late.rows.every((row) => String(row.date) >= '2018')).toBe(true);
    const y2017 = await run('timeline', { from: '2017', to: '2017' });
    expect(y2017.rows.every((row) => String(row.date).startsWith('2017'))).toBe(true);
  },
  'entity-mentions': async () => {
    const r = await run('entity-mentions');
    expect(r.rows.map((row) => row.date)).toEqual(['2017-09-19', '2018-07-16']);
    for (const row of r.rows) {
      const quotes = row.quotes as string[];
      expect(quotes.length).toBeGreaterThanOrEqual(1);
      expect(quotes.every((q) => /Pardinás/.test(q))).toBe(true);
    }
  },
  'co-occurrence': async () => {
    const r = await run('co-occurrence');
    const shared = r.rows.map((row) => Number(row.shared));
    expect(shared.every((s) => s >= 2)).toBe(true);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    const pair = r.rows.find(
      (row) =>
        [row.entity, row.other].includes('OGP Steering Committee') &&
        [row.entity, row.other].includes('Núcleo de Organizaciones de la Sociedad Civil'),
    );
    expect(Number(pair?.shared)).toBeGreaterThanOrEqual(4);
  },
  bridges: async () => {
    const r = await run('bridges');
    const steering = r.rows.find((row) => row.entity === 'OGP Steering Committee');
    expect(steering?.documentCount).toBe(5);
    const top = [...r.rows].sort((a, b) => Number(b.brokerage) - Number(a.brokerage))[0];
    expect(top?.entity).toBe('Núcleo de Organizaciones de la Sociedad Civil');
    expect(r.rows.every((row) => Number(row.documentCount) >= 2)).toBe(true);
  },
  'central-actors': async () => {
    const r = await run('central-actors');
    expect(r.columns).toEqual(['name', 'type', 'degree', 'betweenness', 'id']);
    expect(r.rows).toHaveLength(15);
    expect(r.rows[0]?.name).toBe('Núcleo de Organizaciones de la Sociedad Civil');
    expect(r.rows.slice(0, 3).map((row) => row.name)).toContain('OGP Steering Committee');
    const b = r.rows.map((row) => Number(row.betweenness));
    expect(b).toEqual([...b].sort((x, y) => y - x));
    expect(r.rows.every((row) => row.type === 'Person' || row.type === 'Organization')).toBe(true);
    expect(Number(r.rows[0]?.degree)).toBeGreaterThanOrEqual(10);
  },
  demands: async () => {
    const r = await run('demands');
    const pairs = r.rows.map((row) => `${String(row.caller)} → ${String(row.calledOn)}`);
    const nosc = 'Núcleo de Organizaciones de la Sociedad Civil';
    expect(pairs).toContain(`${nosc} → OGP Steering Committee`);
    expect(pairs).toContain(`${nosc} → Secretaría de la Función Pública`);
    expect(pairs.some((p) => /^Letter in Solidarity.* → Government of Mexico$/.test(p))).toBe(true);
    expect(
      r.graph.relationships.filter((x) => x.type === 'CALLED_ON').every((x) => x.evidence.length > 0),
    ).toBe(true);
  },
  'ogp-co-chairs': async () => {
    const r = await run('ogp-co-chairs');
    expect(col(r, 'coChair').sort()).toEqual([
      'Government of France',
      'Government of Georgia',
      'Manish Bapna',
      'Mukelani Dimba',
    ]);
    const orgOf = (n: string) => names(r.rows.find((row) => names(row.coChair)[0] === n)?.organisations);
    expect(orgOf('Manish Bapna')).toEqual(['World Resources Institute']);
    expect(orgOf('Mukelani Dimba')[0]).toMatch(/Open Democracy Advice Cent/);
  },
  'solidarity-network': async () => {
    const r = await run('solidarity-network');
    const nodes = nodeNames(r);
    for (const s of SOUTH_AFRICAN_SIGNATORIES) expect(matches(nodes, s), String(s)).toBe(true);
    expect(nodes).toContain('Núcleo de Organizaciones de la Sociedad Civil');
    expect(r.graph.relationships.some((rel) => rel.type === 'SUPPORTS')).toBe(true);
  },
  correspondence: async () => {
    const r = await run('correspondence');
    const to = (date: string) => r.rows.filter((row) => row.date === date).map((row) => row.addressee);
    expect(to('2017-09-19')).toContain('OGP Steering Committee');
    expect(to('2018-07-16')).toContain('OGP Steering Committee');
    expect(to('2017-06-14')).toContain('Open Government Partnership');
    const sept = r.rows.find((row) => row.date === '2017-09-19');
    expect(names(sept?.senders)).toContain('Núcleo de Organizaciones de la Sociedad Civil');
  },
  'organisations-by-kind': async () => {
    const all = await run('organisations-by-kind');
    expect(all.rows.length).toBeGreaterThanOrEqual(30);
    const media = await run('organisations-by-kind', { kind: 'media' });
    expect(col(media, 'organisation')).toContain('The New York Times');
    expect(media.rows.every((row) => row.kind === 'media')).toBe(true);
    const company = await run('organisations-by-kind', { kind: 'company' });
    expect(col(company, 'organisation')).toContain('NSO Group');
    const cs = await run('organisations-by-kind', { kind: 'civil_society' });
    expect(col(cs, 'organisation')).toEqual(
      expect.arrayContaining(['Article 19', 'SocialTIC', 'Black Sash']),
    );
  },
  withdrawals: async () => {
    const r = await run('withdrawals');
    const stt = r.rows.find(
      (row) =>
        row.who === 'Núcleo de Organizaciones de la Sociedad Civil' &&
        row.body === 'Tripartite Technical Secretariat',
    );
    expect(stt).toBeDefined();
    expect(names(stt?.otherParties)).toEqual(expect.arrayContaining(['Secretaría de la Función Pública']));
    expect(names(stt?.otherParties).some((n) => /National Institute/.test(n))).toBe(true);
  },
};

describe('saved queries against the loaded corpus', () => {
  it('has an answer check for every query in the library', () => {
    expect(Object.keys(checks).sort()).toEqual(listQueries().map((q) => q.name));
  });

  for (const [name, check] of Object.entries(checks)) {
    it(`${name} answers with its defaults`, async () => {
      await check();
      const r = await run(name);
      expect(() => QueryResult.parse(r)).not.toThrow();
      expect(r.truncated).toBe(false);
      expect(r.rows.length).toBeGreaterThan(0);
    });
  }
});
