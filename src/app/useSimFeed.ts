import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * Discrete sim output as React state: captions, the options on offer, phase and outcome for the
 * live region. Effects arrive while the machine transitions, before sim.view is synced, so they only
 * mark what changed; flush() (after each tick batch and each act) reads the synced view.
 */
export function useSimFeed(sim: Simulation, onStatus: (s: RunStatus) => void) {
  // The opening line is said as the sim is created, before anyone subscribes: caption it from the view.
  const [caption, setCaption] = useState<Caption | null>(() => {
    const line = sim.view.lastLineId ? sim.line(sim.view.lastLineId) : undefined;
    return line ? { text: line.text, until: sim.time + captionSeconds(line.text) } : null;
  });
  const [own, setOwn] = useState<Caption | null>(null);
  const [options, setOptions] = useState<UtteranceOption[]>(() => sim.availableOptions());
  const r = useRef({ caption: caption as Caption | null, own: null as Caption | null, dirty: true });

  const flush = useCallback(() => {
    const cur = r.current;
    if (cur.caption && sim.time > cur.caption.until) setCaption((cur.caption = null));
    if (cur.own && sim.time > cur.own.until) setOwn((cur.own = null));
    if (!cur.dirty) return;
    cur.dirty = false;
    setOptions(sim.availableOptions());
    onStatus({ phase: sim.view.phaseId || null, cycle: sim.view.cycle, outcome: sim.view.outcome });
  }, [sim, onStatus]);

  useEffect(() => {
    flush();
    return sim.on('*', (e: SimEffect) => {
      if (e.type === 'say') {
        const line = sim.line(e.lineId);
        if (!line) return;
        const c = { text: line.text, until: sim.time + captionSeconds(line.text) };
        r.current.caption = c;
        setCaption(c);
      } else if (e.type === 'phase' || e.type === 'ending') {
        r.current.dirty = true;
      }
    });
  }, [sim, flush]);

  const showOwn = useCallback(
    (text: Text) => {
      const c = { text, until: sim.time + captionSeconds(text) };
      r.current.own = c;
      setOwn(c);
    },
    [sim],
  );

  /** Sim seconds the patient's last line is still being said or read (the end waits for it). */
  const lineLeft = useCallback(
    () => Math.max(sim.speakingLeft, (r.current.caption?.until ?? 0) - sim.time, 0),
    [sim],
  );

  return { caption, own, options, flush, showOwn, lineLeft };
}
