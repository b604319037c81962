/**
 * A tiny observable store: one immutable state object, replaced by `set`, with listeners told of each change.
 * Pure (no DOM), so reducers and features can be unit-tested in Node.
 */

export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Replaces part of the state (shallow merge) or the whole state through an updater function. */
  set(patch: Partial<S> | ((state: S) => S)): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener<S>): () => void;
}

/**
 * Creates a store.
 * @example
 * const store = createStore({ count: 0 });
 * store.subscribe((s) => render(s.count));
 * store.set((s) => ({ ...s, count: s.count + 1 }));
 */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const next = typeof patch === 'function' ? patch(state) : { ...state, ...patch };
      if (next === previous) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A minimal typed event emitter (the App's `on`/`emit`). */
export interface Emitter<E> {
  on<K extends keyof E>(name: K, handler: (payload: E[K]) => void): () => void;
  emit<K extends keyof E>(name: K, payload: E[K]): void;
}

/** Creates an emitter whose handlers run synchronously in registration order. */
export function createEmitter<E>(): Emitter<E> {
  const handlers = new Map<keyof E, Set<(payload: never) => void>>();
  return {
    on(name, handler) {
      const set = handlers.get(name) ?? new Set();
      set.add(handler as (payload: never) => void);
      handlers.set(name, set);
      return () => set.delete(handler as (payload: never) => void);
    },
    emit(name, payload) {
      for (const handler of [...(handlers.get(name) ?? [])])
        (handler as (p: typeof payload) => void)(payload);
    },
  };
}
