import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DebriefRecord } from '../../debrief';
import type { Ending } from '../../scenario';
import { takePendingSession } from './vrSession';
import { createRoligXrStore, type RoligXrStore } from './xrStore';

type OnEnd = (ending: Ending | null, time: number, record?: DebriefRecord) => void;

export interface XrRun {
  store: RoligXrStore;
  /** An immersive session is running. */
  presenting: boolean;
  /** The session requested on the briefing, to adopt once the canvas exists. */
  pending: Promise<XRSession> | null;
  /** Show the in-VR briefing panel (entered from the briefing, and Start not yet pressed). */
  briefing: boolean;
  /** Start was pressed on the in-VR briefing: re-entering VR later goes straight back to the run. */
  started: () => void;
  /** Set when the run ended in the headset: the run-end panel shows until the trainee leaves VR. */
  ended: { ending: Ending | null; record?: DebriefRecord; args: Parameters<OnEnd> } | null;
  enter: () => void;
  exit: () => void;
  /** Wraps the run's onEnd: in VR the end waits for the trainee to leave the headset. */
  endRun: OnEnd;
}

/**
 * The run's XR session: pause when the session ends or loses visibility (headset removed, system
 * menu), keep the run intact, and defer the end screen until the trainee has left VR.
 */
export function useXrRun(opts: { onPause: () => void; onResume: () => void; onEnd: OnEnd }): XrRun {
  const [store] = useState(createRoligXrStore);
  const [pending] = useState(takePendingSession);
  const presenting = useSyncExternalStore(
    store.subscribe,
    () => store.getState().session != null,
    () => false,
  );
  const visibility = useSyncExternalStore(store.subscribe, () => store.getState().visibilityState);
  const [ended, setEnded] = useState<XrRun['ended']>(null);
  const [briefingDone, setBriefingDone] = useState(false);
  const started = useCallback(() => setBriefingDone(true), []);
  const o = useRef(opts);
  o.current = opts;
  const endedRef = useRef(ended);
  endedRef.current = ended;

  useEffect(
    () =>
      store.onSessionEnd(() => {
        const e = endedRef.current;
        if (e) o.current.onEnd(...e.args);
        else o.current.onPause();
      }),
    [store],
  );
  useEffect(() => {
    if (presenting && visibility !== undefined && visibility !== 'visible') o.current.onPause();
  }, [presenting, visibility]);
  useEffect(() => {
    if (!presenting) return;
    const onHidden = () => document.visibilityState === 'hidden' && o.current.onPause();
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, [presenting]);
  // Leaving the run screen never strands the trainee in a frozen headset.
  useEffect(
    () => () =>
      void store
        .getState()
        .session?.end()
        .catch(() => undefined),
    [store],
  );

  const enter = useCallback(() => {
    store
      .enterVR()
      .then(() => o.current.onResume())
      .catch((e: unknown) => console.warn('enterVR failed', e));
  }, [store]);
  const exit = useCallback(
    () =>
      void store
        .getState()
        .session?.end()
        .catch(() => undefined),
    [store],
  );
  const endRun = useCallback(
    (...args: Parameters<OnEnd>) => {
      if (store.getState().session) setEnded({ ending: args[0], record: args[2], args });
      else o.current.onEnd(...args);
    },
    [store],
  );
  const briefing = pending !== null && !briefingDone;
  return { store, presenting, pending, briefing, started, ended, enter, exit, endRun };
}
