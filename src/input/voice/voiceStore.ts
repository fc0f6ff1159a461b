/**
 * The opt-in microphone tone monitor, one per page: switched on by the trainee after reading the
 * consent text, off by default and after every page load (consent is not remembered).
 */
import { useSyncExternalStore } from 'react';
import { MicTone } from './micTone';
import type { ToneReading, VoiceTone } from './toneClassifier';

export interface VoiceState {
  on: boolean;
  error: boolean;
  reading: ToneReading | null;
}

let state: VoiceState = { on: false, error: false, reading: null };
const listeners = new Set<() => void>();
const set = (patch: Partial<VoiceState>) => {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
};
let lastTone: VoiceTone | null = null;
let lastSecond = -1;
const mic = new MicTone({
  onReading: (r) => {
    // Re-render only when the classification or the whole seconds of speech heard change, not 20
    // times a second.
    const tone = r?.tone ?? null;
    const second = r ? Math.floor(r.speechS) : -1;
    if (tone !== lastTone || second !== lastSecond || (r === null) !== (state.reading === null)) {
      lastTone = tone;
      lastSecond = second;
      set({ reading: r });
    }
  },
});

export async function setVoiceEnabled(on: boolean): Promise<void> {
  if (!on) {
    mic.stop();
    lastTone = null;
    lastSecond = -1;
    set({ on: false, reading: null, error: false });
    return;
  }
  try {
    await mic.start();
    set({ on: true, error: false });
  } catch {
    set({ on: false, error: true });
  }
}

/** The tone heard over the last few seconds, without taking it (diagnostics, ?debug=1). */
export function peekVoiceTone(): VoiceTone | null {
  return state.on ? (mic.current()?.tone ?? null) : null;
}

/** The tone the trainee's voice carried over the last few seconds (SAY's override), then forget it. */
export function takeVoiceTone(): VoiceTone | undefined {
  if (!state.on) return undefined;
  const tone = mic.current()?.tone;
  mic.clear();
  lastTone = null;
  lastSecond = -1;
  set({ reading: null });
  return tone;
}

export function useVoice(): VoiceState {
  return useSyncExternalStore(
    (fn) => (listeners.add(fn), () => listeners.delete(fn)),
    () => state,
    () => state,
  );
}
