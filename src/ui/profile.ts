/**
 * The trainee's pseudonym (the xAPI actor; chosen by the trainee, stored only on this device) and the
 * optional LRS endpoint. Nothing is sent anywhere unless an endpoint is set here.
 */
import { useSyncExternalStore } from 'react';
import { isHomePage, randomUuid } from '../debrief';
import { DEVICE_KEY, LRS_KEY, PSEUDONYM_KEY } from './profileKeys';

export { PSEUDONYM_KEY };

export interface LrsConfig {
  /** xAPI endpoint, e.g. https://lrs.example.org/xapi/ (statements go to <endpoint>statements). */
  endpoint: string;
  key: string;
  secret: string;
  /** The xAPI account's home page (an http(s) URL); empty: the app's own address. */
  homePage: string;
}

export interface Profile {
  pseudonym: string;
  /** A random id made once on this device: with the pseudonym it names the xAPI account. */
  device: string;
  lrs: LrsConfig;
}

export const MAX_PSEUDONYM = 60;
const EMPTY_LRS: LrsConfig = { endpoint: '', key: '', secret: '', homePage: '' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** This device's id: read, or made and stored on first use. */
function deviceId(ls: Storage | undefined): string {
  const had = ls?.getItem(DEVICE_KEY);
  if (had && UUID.test(had)) return had;
  const id = randomUuid();
  ls?.setItem(DEVICE_KEY, id);
  return id;
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

function load(): Profile {
  try {
    const ls = globalThis.localStorage;
    const raw = ls?.getItem(LRS_KEY);
    const v = raw ? (JSON.parse(raw) as Partial<LrsConfig>) : {};
    return {
      pseudonym: str(ls?.getItem(PSEUDONYM_KEY), MAX_PSEUDONYM),
      device: deviceId(ls),
      lrs: {
        endpoint: str(v.endpoint, 500),
        key: str(v.key, 500),
        secret: str(v.secret, 500),
        homePage: str(v.homePage, 500),
      },
    };
  } catch {
    return { pseudonym: '', device: randomUuid(), lrs: EMPTY_LRS };
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
    device: current.device,
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

/**
 * The origin the page may send to besides its own, fixed when the page loaded (the policy that
 * scripts/connectPolicy.ts writes from the settings; a page cannot widen its own policy later).
 * undefined: no such policy (the development server), anything goes.
 */
export function connectableOrigin(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const m = document.querySelector<HTMLMetaElement>('meta[name="rolig-connect"]');
  return m ? m.content : undefined;
}

/** Whether the configured LRS can be reached from this page, or needs a reload first. */
export function lrsAllowedNow(cfg: LrsConfig): boolean {
  const url = lrsEndpoint(cfg);
  const allowed = connectableOrigin();
  return !!url && (allowed === undefined || allowed === url.origin);
}

/** The xAPI account's home page: the one set, else the app's own address (without query or hash). */
export function xapiHomePage(cfg: LrsConfig): string {
  const set = cfg.homePage.trim();
  if (set && isHomePage(set)) return set;
  const here = globalThis.location;
  return here && isHomePage(here.href) ? `${here.origin}${here.pathname}` : 'https://rolig.invalid/';
}

/** The name a run's record is stored under: the trainee's pseudonym, or "anonym". */
export function recordPseudonym(): string {
  return current.pseudonym || 'anonym';
}
