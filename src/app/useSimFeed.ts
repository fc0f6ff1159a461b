import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Text, UtteranceOption } from '../scenario';
import type { SimEffect, Simulation } from '../sim';
import type { RunStatus } from './runTypes';

export interface Caption {
  text: Text;
  until: number;
}

/** Seconds a caption stays: reading time for its length, at least 3 s (sim time, so pause holds it). */
export const captionSeconds = (text: Text) =>
  Math.max(3, Math.max(text.nb.length, text.en.length) / 14 + 1.5);

export interface Captions {
  /** The patient's line on screen. */
  caption: Caption | null;
  /** The trainee's own line on screen. */
  own: Caption | null;
}

/**
 * The captions on screen, outside React state: a line said or expired renders what shows them
 * (useCaptions: the HUD, the headset's panel), not the run screen and its canvas, a few times a
 * minute while the patient talks.
 */
export class CaptionStore {
  private value: Captions;
  private readonly listeners = new Set<() => void>();

  constructor(initial: Captions = { caption: null, own: null }) {
    this.value = initial;
  }

  get = (): Captions => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  set(change: Partial<Captions>): void {
    this.value = { ...this.value, ...change };
    for (const l of this.listeners) l();
  }
}

/** The captions, re-rendering the calling component (only) when they change. */
export const useCaptions = (store: CaptionStore): Captions =>
  useSyncExternalStore(store.subscribe, store.get);

/**
 * Discrete sim output: captions (a CaptionStore), and as React state the options on offer; phase
 * and outcome for the live region go to onStatus. Effects arrive while the machine transitions,
 * before sim.view is synced, so they only mark what changed; flush() (after each tick batch and
 * each act) reads the synced view.
 */
export function useSimFeed(sim: Simulation, onStatus: (s: RunStatus) => void) {
  // The opening line is said as the sim is created, before anyone subscribes: caption it from the view.
  const [captions] = useState(() => {
    const line = sim.view.lastLineId ? sim.line(sim.view.lastLineId) : undefined;
    return new CaptionStore({
      caption: line ? { text: line.text, until: sim.time + captionSeconds(line.text) } : null,
      own: null,
    });
  });
  const [options, setOptions] = useState<UtteranceOption[]>(() => sim.availableOptions());
  const dirty = useRef(true);

  const flush = useCallback(() => {
    const { caption, own } = captions.get();
    if (caption && sim.time > caption.until) captions.set({ caption: null });
    if (own && sim.time > own.until) captions.set({ own: null });
    if (!dirty.current) return;
    dirty.current = false;
    setOptions(sim.availableOptions());
    onStatus({ phase: sim.view.phaseId || null, cycle: sim.view.cycle, outcome: sim.view.outcome });
  }, [sim, captions, onStatus]);

  useEffect(() => {
    flush();
    return sim.on('*', (e: SimEffect) => {
      if (e.type === 'say') {
        const line = sim.line(e.lineId);
        if (!line) return;
        captions.set({ caption: { text: line.text, until: sim.time + captionSeconds(line.text) } });
      } else if (e.type === 'phase' || e.type === 'ending') {
        dirty.current = true;
      }
    });
  }, [sim, captions, flush]);

  const showOwn = useCallback(
    (text: Text) => captions.set({ own: { text, until: sim.time + captionSeconds(text) } }),
    [sim, captions],
  );

  /** Sim seconds the patient's last line is still being said or read (the end waits for it). */
  const lineLeft = useCallback(
    () => Math.max(sim.speakingLeft, (captions.get().caption?.until ?? 0) - sim.time, 0),
    [sim, captions],
  );

  return { captions, options, flush, showOwn, lineLeft };
}
