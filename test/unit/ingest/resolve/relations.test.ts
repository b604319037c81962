// Relations being built: one per (type, source, target, role), counts summed, evidence kept once per
// (document, start, method) in first-seen order — also past the length where a set replaces the scan.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Evidence, Relation } from '../../../../core/model/index.ts';
import { RelationSet, sortById } from '../../../../ingest/resolve/relations.ts';

const ev = (document: string, start: number, method = 'rule'): Evidence => ({
  document,
  text: 'NSO Group developed Pegasus.',
  start,
  end: start + 28,
  method,
  confidence: 0.9,
});

describe('RelationSet', () => {
  it('keeps each piece of evidence once, in first-seen order, however long the list grows', () => {
    const set = new RelationSet();
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 30; i++) set.add('DEVELOPED', 'org:nso', 'tech:pegasus', ev(`doc:${i % 3}`, i));
    set.add('DEVELOPED', 'org:nso', 'tech:pegasus', ev('doc:0', 0, 'other-rule'));
    const [r] = set.sorted();
    expect(set.sorted()).toHaveLength(1);
    expect(r?.evidence.map((e) => `${e.document}@${e.start}/${e.method}`)).toEqual([
      ...Array.from({ length: 30 }, (_, i) => `doc:${i % 3}@${i}/rule`),
      'doc:0@0/other-rule',
    ]);
  });

  it('sums counts, separates roles, and hashes a stable id from type, ends and role', () => {
    const set = new RelationSet();
    set.add('MENTIONS', 'doc:a', 'org:ogp', ev('doc:a', 1), undefined, 2);
    set.add('MENTIONS', 'doc:a', 'org:ogp', ev('doc:a', 9), undefined, 3);
    set.add('WORKS_FOR', 'person:x', 'org:imco', ev('doc:a', 5), 'director');
    set.add('WORKS_FOR', 'person:x', 'org:imco', ev('doc:a', 5), 'researcher');
    const all = set.sorted();
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort());
    expect(all.find((r) => r.type === 'MENTIONS')?.count).toBe(5);
    expect(all.filter((r) => r.type === 'WORKS_FOR').map((r) => r.role)).toHaveLength(2);
    const id = 'rel:' + createHash('sha1').update('MENTIONS|doc:a|org:ogp|').digest('hex').slice(0, 16);
    expect(all.find((r) => r.type === 'MENTIONS')?.id).toBe(id);
  });
});

describe('sortById', () => {
  const rel = (id: string): Relation => ({ id, type: 'MENTIONS', source: 's', target: 't', evidence: [] });
  const hex = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);

  it('gives the order of a comparison sort on ids, also when ids share their first 32 bits', () => {
    const ids = [
      ...Array.from({ length: 40 }, (_, i) => `rel:${hex(String(i))}`),
      ...Array.from({ length: 12 }, (_, i) => `rel:abcdef01${(900 - i * 7).toString(16).padStart(8, '0')}`),
      'rel:abcdef00ffffffff',
      'rel:abcdef0200000000',
    ];
    const relations = ids.map(rel);
    const expected = [...relations].sort((a, b) => (a.id < b.id ? -1 : 1));
    const got = sortById([...relations].reverse());
    expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(got.every((r, i) => r === expected[i])).toBe(true);
  });
});
