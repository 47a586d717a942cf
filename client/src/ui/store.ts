/** A tiny observable value for state shared by non-React controllers and React views. */
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  get(): T;
  set(next: T): void;
  update(change: (current: T) => T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    update(change) {
      this.set(change(value));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * A value read whenever `store` changes (say, from the document on each revision), re-rendering
 * only when the value itself changes (Object.is): a title or a count, not a new object per read.
 */
export function useStoreValue<T>(store: Store<unknown>, read: () => T): T {
  return useSyncExternalStore(store.subscribe, read, read);
}

/** One part of a store's value (`select`), re-rendering only when that part changes (Object.is). */
export function useStorePart<T, Part>(store: Store<T>, select: (value: T) => Part): Part {
  return useStoreValue(store, () => select(store.get()));
}
