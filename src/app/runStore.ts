/** The app's one store of runs (IndexedDB), opened lazily; null where IndexedDB is unavailable. */
import { RunStore } from '../storage';

let store: RunStore | null | undefined;

export function getRunStore(): RunStore | null {
  if (store === undefined) store = typeof indexedDB === 'undefined' ? null : new RunStore();
  return store;
}

const PSEUDONYM_KEY = 'rolig.pseudonym';
export function pseudonym(): string {
  try {
    return localStorage.getItem(PSEUDONYM_KEY) || 'anonym';
  } catch {
    return 'anonym';
  }
}
export function rememberPseudonym(name: string): void {
  try {
    localStorage.setItem(PSEUDONYM_KEY, name);
  } catch {
    // private mode: the name lasts for this record only
  }
}
