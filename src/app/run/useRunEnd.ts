/**
 * The end of a run: once the sim is done, the patient's last line is heard and read in the room
 * before the end screen takes over (at most END_LINGER_S; a button skips it). The headset shows its
 * end panel over the room anyway.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunSession } from '../../session';
import type { XrRun } from '../xr/useXrRun';

/** Longest wait (s) for the patient's last line before the end screen. */
const END_LINGER_S = 8;

export function useRunEnd(session: RunSession, xr: XrRun) {
  const ended = useRef(false);
  const [lingering, setLingering] = useState<(() => void) | null>(null);
  const { sim, feed } = session;

  /** After each tick batch and each act: flush the feed, and begin the end if the sim is done. */
  const checkEnd = useCallback(() => {
    feed.flush();
    if (!sim.done || ended.current) return;
    ended.current = true;
    document.exitPointerLock?.();
    let once = false;
    const end = () => {
      if (once) return;
      once = true;
      xr.endRun(sim.outcome, sim.time, session.finish());
    };
    const linger = xr.presenting ? 0 : Math.min(feed.lineLeft(), END_LINGER_S);
    if (linger > 0.2) setLingering(() => end);
    else end();
  }, [session, sim, feed, xr.endRun, xr.presenting]);

  // The end is waiting for the last line: go on when it has been said (or on the button).
  useEffect(() => {
    if (!lingering) return;
    const id = setTimeout(lingering, Math.min(feed.lineLeft(), END_LINGER_S) * 1000);
    return () => clearTimeout(id);
  }, [lingering, feed]);

  return { checkEnd, lingering };
}
