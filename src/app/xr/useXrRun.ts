import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DebriefRecord } from '../../debrief';
import { moduleLoader } from '../loading/moduleLoader';
import { takePendingSession } from './vrSession';
import type { RoligXrStore } from './xrStore';
import type { Outcome } from '../../sim';

/** The headset's code (xrRuntime.ts), loaded when first wanted. */
export const xrRuntime = moduleLoader(() => import('../loading/xrRuntime'));

type OnEnd = (ending: Outcome | null, time: number, record?: DebriefRecord) => void;

export interface XrRun {
  /**
   * Null until VR is wanted (a session waits from the briefing, or Enter VR was pressed): <XR> is
   * mounted only then, so a desktop run does none of its work.
   */
  store: RoligXrStore | null;
  /** An immersive session is running. */
  presenting: boolean;
  /** The session requested on the briefing, to adopt once the canvas exists. */
  pending: Promise<XRSession> | null;
  /** That session is on its way (the headset's code loading, the session starting): hold the run. */
  waiting: boolean;
  /** Show the in-VR briefing panel (entered from the briefing, and Start not yet pressed). */
  briefing: boolean;
  /** Start was pressed on the in-VR briefing: re-entering VR later goes straight back to the run. */
  started: () => void;
  /** Set when the run ended in the headset: the run-end panel shows until the trainee leaves VR. */
  ended: { ending: Outcome | null; record?: DebriefRecord; args: Parameters<OnEnd> } | null;
  enter: () => void;
  exit: () => void;
  /** Wraps the run's onEnd: in VR the end waits for the trainee to leave the headset. */
  endRun: OnEnd;
  /** The XR layer calls this once <XR> is mounted: an Enter VR press waiting on it goes ahead. */
  mounted: () => void;
}

/**
 * The run's XR session: pause when the session ends or loses visibility (headset removed, system
 * menu), keep the run intact, and defer the end screen until the trainee has left VR.
 */
export function useXrRun(opts: {
  onPause: () => void;
  onResume: () => void;
  onEnd: OnEnd;
  /** Fetch the headset's code now (after the room's first frame), so Enter VR answers at once. */
  preload: boolean;
}): XrRun {
  const [pending] = useState(takePendingSession);
  const [store, setStore] = useState<RoligXrStore | null>(null);
  const enterWanted = useRef(false);
  const makeStore = useCallback(() => {
    xrRuntime.get().then(
      (m) => setStore((s) => s ?? m.createRoligXrStore()),
      (e: unknown) => console.warn('XR could not load', e),
    );
  }, []);
  const [waiting, setWaiting] = useState(pending !== null);
  useEffect(() => {
    if (!pending) return;
    makeStore();
    let live = true;
    pending.catch(() => live && setWaiting(false)); // refused: the run goes on on the screen
    return () => {
      live = false;
    };
  }, [pending, makeStore]);
  useEffect(() => {
    if (opts.preload) xrRuntime.get().catch(() => undefined);
  }, [opts.preload]);
  const subscribe = useCallback((f: () => void) => store?.subscribe(f) ?? (() => undefined), [store]);
  const presenting = useSyncExternalStore(
    subscribe,
    () => store?.getState().session != null,
    () => false,
  );
  const visibility = useSyncExternalStore(subscribe, () => store?.getState().visibilityState);
  if (waiting && presenting) setWaiting(false);
  const [ended, setEnded] = useState<XrRun['ended']>(null);
  const [briefingDone, setBriefingDone] = useState(false);
  const started = useCallback(() => setBriefingDone(true), []);
  const o = useRef(opts);
  o.current = opts;
  const endedRef = useRef(ended);
  endedRef.current = ended;

  useEffect(
    () =>
      store?.onSessionEnd(() => {
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
        ?.getState()
        .session?.end()
        .catch(() => undefined),
    [store],
  );

  const enterWith = useCallback((s: RoligXrStore) => {
    s.enterVR()
      .then(() => o.current.onResume())
      .catch((e: unknown) => console.warn('enterVR failed', e));
  }, []);
  const enter = useCallback(() => {
    if (store) return enterWith(store);
    // First time: load the headset's code and mount <XR>; `mounted` then enters.
    enterWanted.current = true;
    makeStore();
  }, [store, enterWith, makeStore]);
  const mounted = useCallback(() => {
    if (!store || !enterWanted.current) return;
    enterWanted.current = false;
    enterWith(store);
  }, [store, enterWith]);
  const exit = useCallback(
    () =>
      void store
        ?.getState()
        .session?.end()
        .catch(() => undefined),
    [store],
  );
  const endRun = useCallback(
    (...args: Parameters<OnEnd>) => {
      if (store?.getState().session) setEnded({ ending: args[0], record: args[2], args });
      else o.current.onEnd(...args);
    },
    [store],
  );
  const briefing = pending !== null && !briefingDone;
  return { store, presenting, pending, waiting, briefing, started, ended, enter, exit, endRun, mounted };
}
