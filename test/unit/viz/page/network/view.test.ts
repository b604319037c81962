import { describe, expect, it } from 'vitest';
import { initialState } from '../../../../../viz/page/src/app/state.ts';
import { createStore } from '../../../../../viz/page/src/app/store.ts';
import { createGraph, mergeGraphPart } from '../../../../../viz/page/src/network/graph.ts';
import { keepView } from '../../../../../viz/page/src/network/view.ts';

function setup() {
  const graph = createGraph();
  const base = { labels: [], aliases: [], mentions: 1, documents: ['d'], degree: 1 };
  mergeGraphPart(graph, {
    nodes: [
      { ...base, id: 'a', type: 'Person', name: 'A' },
      { ...base, id: 'b', type: 'Place', name: 'B' },
      { ...base, id: 'c', type: 'Place', name: 'C' },
    ],
    edges: [
      {
        id: 'e1',
        type: 'LOCATED_IN',
        source: 'a',
        target: 'b',
        documents: ['d'],
        confidence: 1,
        evidenceCount: 1,
      },
    ],
  });
  const state = createStore(initialState());
  let redraws = 0;
  const view = keepView(
    graph,
    state,
    () => undefined,
    () => (redraws += 1),
  );
  return { state, view, redraws: () => redraws };
}

describe('keepView', () => {
  it('redraws on a hover and derives its neighbourhood', () => {
    const { state, view, redraws } = setup();
    state.set({ hovered: 'a' });
    expect(redraws()).toBe(1);
    expect(view.context().hover?.node).toBe('a');
    expect([...(view.context().hover?.neighbours ?? [])]).toEqual(['b']);
  });

  it('does not redraw (a full pass over the graph) for state that is not drawn', () => {
    const { state, view, redraws } = setup();
    const before = view.context();
    state.set({ layoutRunning: true });
    state.set({ layoutRunning: false });
    expect(redraws()).toBe(0);
    expect(view.context()).toBe(before);
  });

  it('keeps the path-ends set until the path ends change', () => {
    const { state, view, redraws } = setup();
    state.set({ hovered: 'b' });
    const ends = view.context().pathEnds;
    state.set({ hovered: null });
    expect(view.context().pathEnds).toBe(ends);
    state.set({ pathEnds: { from: 'a', to: 'c' } });
    expect([...view.context().pathEnds]).toEqual(['a', 'c']);
    expect(redraws()).toBe(3);
  });
});
