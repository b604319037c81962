import { describe, expect, it } from 'vitest';
import { graphItems, rowItems } from '../../../../../viz/page/src/timeline/items.ts';
import { createGraph, mergeGraphPart } from '../../../../../viz/page/src/network/graph.ts';

describe('timeline items', () => {
  it('takes dated nodes and dated documents, in time order', () => {
    const graph = createGraph();
    const base = { labels: [], aliases: [], mentions: 1, degree: 0, documents: [] };
    mergeGraphPart(graph, {
      nodes: [
        { ...base, id: 'summit', type: 'Event', name: 'OGP Global Summit', date: '2018-07-17' },
        { ...base, id: 'nosc', type: 'Organization', name: 'NOSC' },
      ],
      edges: [],
    });
    const items = graphItems(graph, [
      { id: 'd1', title: 'Press release', date: '2017-05-23' },
      { id: 'd2', title: 'Undated note', date: null },
    ]);
    expect(items.map((i) => [i.lane, i.label])).toEqual([
      ['document', 'Press release'],
      ['event', 'OGP Global Summit'],
    ]);
  });

  it('reads query rows: date column, label, id from a node value', () => {
    const items = rowItems([
      { when: '2017-06-14', event: 'Co-chairs statement' },
      { date: '2017-05-23', entity: { id: 'nosc', name: 'NOSC' } },
      { name: 'no date here' },
    ]);
    expect(items.map((i) => [i.date, i.label, i.id])).toEqual([
      ['2017-05-23', 'NOSC', 'nosc'],
      ['2017-06-14', 'Co-chairs statement', null],
    ]);
  });
});
