import { describe, expect, it } from 'vitest';
import {
  computeVisibility,
  countBy,
  dateBounds,
  dateInRange,
  hasFilters,
  toggleShown,
} from '../../../../../viz/page/src/filters/model.ts';
import { createGraph, mergeGraphPart } from '../../../../../viz/page/src/network/graph.ts';

const node = (id: string, type: string, extra: Record<string, unknown> = {}) => ({
  id,
  labels: ['Entity', type],
  type,
  name: id,
  aliases: [],
  mentions: 1,
  degree: 1,
  documents: ['d1'],
  ...extra,
});
const edge = (id: string, type: string, source: string, target: string, documents: string[]) => ({
  id,
  type,
  source,
  target,
  documents,
  confidence: 0.9,
  evidenceCount: documents.length,
});

function sample() {
  const graph = createGraph();
  mergeGraphPart(graph, {
    nodes: [
      node('nosc', 'Organization', { documents: ['d1', 'd2'] }),
      node('pardinas', 'Person', { documents: ['d2'] }),
      node('summit', 'Event', { date: '2018-07', documents: ['d3'] }),
      node('tbilisi', 'Place', { documents: ['d3'] }),
    ],
    edges: [
      edge('e1', 'MEMBER_OF', 'pardinas', 'nosc', ['d1', 'd2']),
      edge('e2', 'LOCATED_IN', 'summit', 'tbilisi', ['d3']),
      edge('e3', 'CALLED_ON', 'nosc', 'summit', ['d3']),
    ],
  });
  return graph;
}
const dates: Record<string, string> = { d1: '2017-05-23', d2: '2017-09-19', d3: '2018-07-16' };
const documentDate = (id: string) => dates[id];

describe('dates', () => {
  it.each([
    ['2017', ['2017-01-01', '2017-12-31']],
    ['2017-06', ['2017-06-01', '2017-06-31']],
    ['2017-06-14', ['2017-06-14', '2017-06-14']],
  ])('bounds of %s', (date, bounds) => expect(dateBounds(date)).toEqual(bounds));

  it.each([
    ['2017-06-14', '2017-06-01', '2017-06-30', true],
    ['2017-06-14', '2017-07-01', undefined, false],
    ['2017', '2017-06-01', '2017-06-30', true],
    ['2018-07', undefined, '2018-06-30', false],
    ['2018-07', undefined, '2018-07-01', true],
  ])('%s in [%s, %s] is %s', (date, from, to, expected) =>
    expect(dateInRange(date, from, to)).toBe(expected),
  );
});

describe('computeVisibility', () => {
  it('hides nothing without filters', () => {
    const v = computeVisibility(sample(), {}, documentDate);
    expect(v.hiddenNodes.size + v.hiddenEdges.size).toBe(0);
    expect(hasFilters({})).toBe(false);
  });

  it('hides types and the edges touching them', () => {
    const v = computeVisibility(sample(), { types: ['Organization', 'Person', 'Event'] }, documentDate);
    expect([...v.hiddenNodes]).toEqual(['tbilisi']);
    expect([...v.hiddenEdges]).toEqual(['e2']);
  });

  it('keeps only relationship types listed', () => {
    const v = computeVisibility(sample(), { relTypes: ['MEMBER_OF'] }, documentDate);
    expect([...v.hiddenEdges].sort()).toEqual(['e2', 'e3']);
    expect(v.hiddenNodes.size).toBe(0);
  });

  it('keeps edges backed by two or more documents', () => {
    const v = computeVisibility(sample(), { minDocuments: 2 }, documentDate);
    expect([...v.hiddenEdges].sort()).toEqual(['e2', 'e3']);
  });

  it('keeps edges and nodes of one document', () => {
    const v = computeVisibility(sample(), { documents: ['d3'] }, documentDate);
    expect([...v.hiddenNodes].sort()).toEqual(['nosc', 'pardinas']);
    expect([...v.hiddenEdges].sort()).toEqual(['e1', 'e3']);
  });

  it('filters dated events by their date, other nodes and edges by their documents’ dates', () => {
    const v = computeVisibility(sample(), { dateFrom: '2017-01-01', dateTo: '2017-12-31' }, documentDate);
    expect([...v.hiddenNodes].sort()).toEqual(['summit', 'tbilisi']);
    expect([...v.hiddenEdges].sort()).toEqual(['e2', 'e3']);
  });
});

describe('toggleShown', () => {
  const all = ['Organization', 'Person', 'Place'];
  it('hides one value from "all"', () =>
    expect(toggleShown(undefined, 'Place', all)).toEqual(['Organization', 'Person']));
  it('collapses back to "all"', () =>
    expect(toggleShown(['Organization', 'Person'], 'Place', all)).toBeUndefined());
  it('keeps the canonical order', () =>
    expect(toggleShown(['Place'], 'Organization', all)).toEqual(['Organization', 'Place']));
});

describe('countBy', () => {
  it('sorts by count then name', () =>
    expect(countBy(['b', 'a', 'b', 'c', 'a', 'b'], (x) => x)).toEqual([
      ['b', 3],
      ['a', 2],
      ['c', 1],
    ]));
});
