import { useSyncExternalStore } from 'react';

export type SubtitleSize = 'medium' | 'large' | 'huge';
export const SUBTITLE_SIZES: readonly SubtitleSize[] = ['medium', 'large', 'huge'];

export interface Settings {
  /** 0..1 master volume. */
  volume: number;
  /** All sound off (subtitles stay). */
  muted: boolean;
  subtitleSize: SubtitleSize;
  reducedMotion: boolean;
  /** Eye height in metres when crouched or seated (C). */
  seatedHeight: number;
}

const STORAGE_KEY = 'rolig.settings';
const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export const DEFAULT_SETTINGS: Settings = {
  volume: 0.8,
  muted: false,
  subtitleSize: 'large',
  reducedMotion: false,
  seatedHeight: 1.15,
};

function load(): Settings {
  const base = { ...DEFAULT_SETTINGS, reducedMotion: prefersReducedMotion() };
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return base;
    const v = JSON.parse(raw) as Partial<Settings>;
    return {
      volume: typeof v.volume === 'number' ? clamp(v.volume, 0, 1) : base.volume,
      muted: typeof v.muted === 'boolean' ? v.muted : base.muted,
      subtitleSize: SUBTITLE_SIZES.includes(v.subtitleSize as SubtitleSize)
        ? (v.subtitleSize as SubtitleSize)
        : base.subtitleSize,
      reducedMotion: typeof v.reducedMotion === 'boolean' ? v.reducedMotion : base.reducedMotion,
      seatedHeight: typeof v.seatedHeight === 'number' ? clamp(v.seatedHeight, 0.8, 1.5) : base.seatedHeight,
    };
  } catch {
    return base;
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

let current: Settings = load();
const listeners = new Set<() => void>();

export function getSettings(): Settings {
  return current;
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // storage unavailable: keep the settings for this page only
  }
  listeners.forEach((l) => l());
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}
