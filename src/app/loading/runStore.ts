/** The app's one store of runs (IndexedDB), opened lazily; null where IndexedDB is unavailable. */
import { RunStore } from '../../storage';
import { canStore } from './lazyRunStore';

let store: RunStore | null | undefined;

export function getRunStore(): RunStore | null {
  if (store === undefined) store = canStore() ? new RunStore() : null;
  return store;
}
