// Output formats: aligned table with the truncated flag, RFC 4180 CSV, graph values rendered by name.
import { describe, expect, it } from 'vitest';
import { formatCsv, formatTable, QueryResult } from '../../../../queries/index.ts';

const nso = {
  id: 'e1',
  labels: ['Entity', 'Organization'],
  type: 'Organization',
  name: 'NSO Group',
  properties: {},
};
const peg = {
  id: 'e2',
  labels: ['Entity', 'Technology'],
  type: 'Technology',
  name: 'Pegasus',
  properties: {},
};
const rel = { id: 'r1', type: 'DEVELOPED', source: 'e1', target: 'e2', properties: {}, evidence: [] };

const result = QueryResult.parse({
  columns: ['who', 'note', 'tie', 'path'],
  rows: [
    {
      who: nso,
      note: 'says "hi", twice\nnew line',
      tie: rel,
      path: { start: 'e1', end: 'e2', length: 1, nodes: ['e1', 'e2'], relationships: ['r1'] },
    },
    { who: peg, note: null, tie: null, path: null },
  ],
  graph: { nodes: [nso, peg], relationships: [rel] },
  truncated: true,
  elapsedMs: 7,
  view: 'graph',
});

describe('formatTable', () => {
  it('aligns columns, names nodes and shows the truncated flag', () => {
    const lines = formatTable(result).split('\n');
    expect(lines[0]).toMatch(/^who\s+\| note\s+\| tie\s+\| path$/);
    expect(lines[2]).toContain('NSO Group -[DEVELOPED]-> Pegasus');
    expect(lines[2]).toContain('NSO Group — Pegasus');
    expect(lines[0]!.indexOf('|')).toBe(lines[3]!.indexOf('|'));
    expect(formatTable(result)).toMatch(/2 rows \(7 ms\) — TRUNCATED/);
  });
});

describe('formatCsv', () => {
  it('quotes per RFC 4180 with CRLF line ends', () => {
    const csv = formatCsv(result);
    expect(csv.split('\r\n')[0]).toBe('who,note,tie,path');
    expect(csv).toContain(
      'NSO Group,"says ""hi"", twice\nnew line",NSO Group -[DEVELOPED]-> Pegasus,NSO Group — Pegasus\r\n',
    );
    expect(csv.endsWith('Pegasus,,,\r\n')).toBe(true);
  });
});
