// Planning a load without a database: whole documents per unit, each relationship carrying only its
// document's evidence, MENTIONS aggregated per (document, entity), evidence de-duplicated.
import { describe, expect, it } from 'vitest';
import type { Evidence, Extraction } from '../../../../core/model/index.ts';
import { planUnits } from '../../../../graph/load/index.ts';

const text = 'Pegasus targeted Juan Pardinás. Juan Pardinás sits on the OGP Steering Committee.';
const doc = (id: string) => ({
  id,
  path: `${id}.md`,
  title: id,
  date: null,
  kind: 'letter' as const,
  sha256: 'a'.repeat(64),
  format: 'md' as const,
  text,
});
const ev = (document: string, start: number, end: number): Evidence => ({
  document,
  text: text.slice(start, end),
  start,
  end,
  method: 'pattern',
  confidence: 0.7,
});

const extraction: Extraction = {
  documents: [doc('doc:a'), doc('doc:b')],
  entities: [
    { id: 'tech:pegasus', type: 'Technology', name: 'Pegasus', aliases: [], mentions: 2 },
    { id: 'person:jp', type: 'Person', name: 'Juan Pardinás', aliases: ['Pardinás'], mentions: 2 },
    { id: 'org:osc', type: 'Organization', name: 'OGP Steering Committee', aliases: [], mentions: 1 },
    { id: 'place:nowhere', type: 'Place', name: 'Nowhere', aliases: [], mentions: 0 },
  ],
  relations: [
    {
      id: 'rel:t',
      type: 'TARGETED',
      source: 'tech:pegasus',
      target: 'person:jp',
      evidence: [ev('doc:a', 0, 31), ev('doc:b', 0, 31), ev('doc:a', 0, 31)],
    },
    {
      id: 'rel:m',
      type: 'MEMBER_OF',
      source: 'person:jp',
      target: 'org:osc',
      evidence: [ev('doc:b', 32, 81)],
    },
    { id: 'rel:s', type: 'SIGNED', source: 'person:jp', target: 'doc:b', evidence: [ev('doc:b', 32, 45)] },
  ],
  mentions: [
    { entity: 'tech:pegasus', document: 'doc:a', start: 0, end: 7, text: 'Pegasus' },
    { entity: 'person:jp', document: 'doc:a', start: 17, end: 30, text: 'Juan Pardinás' },
    { entity: 'person:jp', document: 'doc:a', start: 32, end: 45, text: 'Juan Pardinás' },
  ],
  failures: [],
};

describe('planUnits', () => {
  it('puts each document, its entities, relationships and mentions in one unit', () => {
    const units = planUnits(extraction, 1);
    expect(units.map((u) => u.ownDocuments)).toEqual([['doc:a'], ['doc:b'], []]);
    const [a, b, orphans] = units;
    expect(a?.entities.map((e) => e.id).sort()).toEqual(['person:jp', 'tech:pegasus']);
    expect(a?.relations.map((r) => [r.id, r.keys])).toEqual([['rel:t', ['doc:a|0|31']]]);
    expect(b?.relations.map((r) => r.id).sort()).toEqual(['rel:m', 'rel:s', 'rel:t']);
    expect(b?.relations.find((r) => r.id === 'rel:s')).toMatchObject({
      sourceLabel: 'Entity',
      targetLabel: 'SourceDocument',
    });
    expect(orphans?.entities.map((e) => e.id)).toEqual(['place:nowhere']);
  });

  it('aggregates mentions into one MENTIONS edge per document and entity', () => {
    const [a] = planUnits(extraction, 1);
    const jp = a?.mentionEdges.find((e) => e.target === 'person:jp');
    expect(jp).toMatchObject({
      source: 'doc:a',
      count: 2,
      starts: [17, 32],
      ends: [30, 45],
      methods: ['mention'],
    });
    expect(jp?.items.map((i) => (JSON.parse(i) as Evidence).text)).toEqual([
      'Juan Pardinás',
      'Juan Pardinás',
    ]);
    expect(a?.mentions).toBe(3);
  });

  it('shares a unit between small documents up to the row budget', () => {
    const units = planUnits(extraction, 10_000);
    expect(units[0]?.ownDocuments).toEqual(['doc:a', 'doc:b']);
    const t = units[0]?.relations.find((r) => r.id === 'rel:t');
    expect(t?.keys).toEqual(['doc:a|0|31', 'doc:b|0|31']);
    expect(t?.documents).toEqual(['doc:a', 'doc:b']);
  });
});
