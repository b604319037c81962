import { describe, expect, it } from 'vitest';
import { initialState } from '../../../../../viz/page/src/app/state.ts';
import { createEmitter, createStore } from '../../../../../viz/page/src/app/store.ts';

describe('store', () => {
  it('merges patches, applies updaters and tells listeners with the previous state', () => {
    const store = createStore(initialState());
    const seen: [string | null, string | null][] = [];
    const stop = store.subscribe((s, prev) => seen.push([s.hovered, prev.hovered]));
    store.set({ hovered: 'a' });
    store.set((s) => ({ ...s, hovered: 'b' }));
    stop();
    store.set({ hovered: 'c' });
    expect(seen).toEqual([
      ['a', null],
      ['b', 'a'],
    ]);
    expect(store.get().hovered).toBe('c');
  });

  it('skips listeners when an updater returns the same state', () => {
    const store = createStore(initialState());
    let calls = 0;
    store.subscribe(() => calls++);
    store.set((s) => s);
    expect(calls).toBe(0);
  });

  it('emits typed events to their handlers only', () => {
    const events = createEmitter<{ a: number; b: string }>();
    const got: unknown[] = [];
    events.on('a', (n) => got.push(n));
    const off = events.on('b', (s) => got.push(s));
    events.emit('a', 1);
    events.emit('b', 'x');
    off();
    events.emit('b', 'y');
    expect(got).toEqual([1, 'x']);
  });
});
