/**
 * Comfort options for the headset, toggled on the in-VR panel and kept in localStorage.
 * Room-scale walking is always on (the trainee's real position is the signal); these only add help
 * for small rooms and seated play.
 */
import { useSyncExternalStore } from 'react';

export interface XrComfort {
  /** Seated play: the view is lifted by (standing eye height - the settings' seated eye height). */
  seated: boolean;
  /** Dim the periphery briefly on teleport and snap turn (reduces vection). */
  vignette: boolean;
  /** Snap-turn step in degrees (right thumbstick). */
  snapDeg: 30 | 45;
}

const KEY = 'rolig.xrComfort';
const DEFAULTS: XrComfort = { seated: false, vignette: true, snapDeg: 45 };
const listeners = new Set<() => void>();

function load(): XrComfort {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}') as Partial<XrComfort>;
    return {
      seated: typeof v.seated === 'boolean' ? v.seated : DEFAULTS.seated,
      vignette: typeof v.vignette === 'boolean' ? v.vignette : DEFAULTS.vignette,
      snapDeg: v.snapDeg === 30 ? 30 : 45,
    };
  } catch {
    return DEFAULTS;
  }
}

let current = load();

export const getComfort = () => current;

export function updateComfort(patch: Partial<XrComfort>): void {
  current = { ...current, ...patch };
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(current));
  } catch {
    // storage unavailable: keep for this page
  }
  listeners.forEach((l) => l());
}

export function useComfort(): XrComfort {
  return useSyncExternalStore(
    (fn) => (listeners.add(fn), () => listeners.delete(fn)),
    getComfort,
    getComfort,
  );
}
