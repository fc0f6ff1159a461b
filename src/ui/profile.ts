/**
 * The trainee's pseudonym (the xAPI actor; chosen by the trainee, stored only on this device) and the
 * optional LRS endpoint. Nothing is sent anywhere unless an endpoint is set here.
 */
import { useSyncExternalStore } from 'react';

export interface LrsConfig {
  /** xAPI endpoint, e.g. https://lrs.example.org/xapi/ (statements go to <endpoint>statements). */
  endpoint: string;
  key: string;
  secret: string;
}

export interface Profile {
  pseudonym: string;
  lrs: LrsConfig;
}

/** The pseudonym's key in localStorage. */
export const PSEUDONYM_KEY = 'rolig.pseudonym';
const LRS_KEY = 'rolig.lrs';
export const MAX_PSEUDONYM = 60;
const EMPTY_LRS: LrsConfig = { endpoint: '', key: '', secret: '' };

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

function load(): Profile {
  try {
    const ls = globalThis.localStorage;
    const raw = ls?.getItem(LRS_KEY);
    const v = raw ? (JSON.parse(raw) as Partial<LrsConfig>) : {};
    return {
      pseudonym: str(ls?.getItem(PSEUDONYM_KEY), MAX_PSEUDONYM),
      lrs: { endpoint: str(v.endpoint, 500), key: str(v.key, 500), secret: str(v.secret, 500) },
    };
  } catch {
    return { pseudonym: '', lrs: EMPTY_LRS };
  }
}

let current: Profile = load();
const listeners = new Set<() => void>();

export function getProfile(): Profile {
  return current;
}

export function updateProfile(patch: { pseudonym?: string; lrs?: Partial<LrsConfig> }): void {
  current = {
    pseudonym: patch.pseudonym !== undefined ? patch.pseudonym.slice(0, MAX_PSEUDONYM) : current.pseudonym,
    lrs: { ...current.lrs, ...patch.lrs },
  };
  try {
    const ls = globalThis.localStorage;
    if (current.pseudonym) ls?.setItem(PSEUDONYM_KEY, current.pseudonym);
    else ls?.removeItem(PSEUDONYM_KEY);
    ls?.setItem(LRS_KEY, JSON.stringify(current.lrs));
  } catch {
    // storage unavailable: kept for this page only
  }
  listeners.forEach((l) => l());
}

/** The endpoint as a URL when it is usable (http or https, ending in a slash), else null. */
export function lrsEndpoint(cfg: LrsConfig): URL | null {
  const s = cfg.endpoint.trim();
  if (!s) return null;
  try {
    const u = new URL(s.endsWith('/') ? s : `${s}/`);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useProfile(): Profile {
  return useSyncExternalStore(subscribe, getProfile, getProfile);
}

/** The name a run's record is stored under: the trainee's pseudonym, or "anonym". */
export function recordPseudonym(): string {
  return current.pseudonym || 'anonym';
}
