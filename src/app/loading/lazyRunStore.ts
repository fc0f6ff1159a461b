/**
 * The run store (IndexedDB through Dexie), loaded when first used: a run creates its autosave at
 * once, and the store's code arrives after the room's first frame (issue #3).
 */
import type { RunStore } from '../../storage';

let loading: Promise<RunStore | null> | undefined;

/** Resolves to null where IndexedDB is unavailable, or the store's code could not load. */
export function loadRunStore(): Promise<RunStore | null> {
  loading ??= import('./runStore').then(
    (m) => m.getRunStore(),
    () => null,
  );
  return loading;
}

/** Whether runs can be stored here at all (known without loading the store). */
export const canStore = (): boolean => typeof indexedDB !== 'undefined';
