/** The app's one store of runs (IndexedDB), opened lazily; null where IndexedDB is unavailable. */
import { RunStore } from '../storage/runs';

let store: RunStore | null | undefined;

export function getRunStore(): RunStore | null {
  if (store === undefined) store = typeof indexedDB === 'undefined' ? null : new RunStore();
  return store;
}
