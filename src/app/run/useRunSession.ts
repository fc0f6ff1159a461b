/**
 * The run's session (session/RunSession) in the run screen: made once, its store loaded on first
 * use, saved when the page goes away, its freeze and its options as React state.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Scenario } from '../../scenario';
import type { ProbeAnswer } from '../../scoring';
import { RunSession, type Freeze, type ResumeState, type RunStatus } from '../../session';
import { getProfile, recordPseudonym } from '../../ui';
import { canStore, loadRunStore } from '../loading';
import { runSeed, type RunParams } from '../params';
import { drawPersona } from '../../sim';

export function useRunSession(
  scenario: Scenario,
  params: RunParams,
  onStatus: (s: RunStatus) => void,
  resume?: ResumeState,
) {
  const [session] = useState(() => {
    const seed = runSeed(params);
    return new RunSession({
      scenario,
      seed,
      persona: params.surprise ? drawPersona(scenario, seed) : null,
      // The group walkthrough stops at decision points, not SAGAT freezes, and keeps nothing.
      freezes: !params.presenter,
      speed: params.speed,
      ...(resume ? { resume } : {}),
      pseudonym: recordPseudonym(),
      device: getProfile().device,
      // The store's code loads with the first save, after the room's first frame (issue #3).
      store: canStore() && !params.presenter ? loadRunStore : null,
    });
  });
  const [freeze, setFreeze] = useState<Freeze | null>(null);
  const [first, setFirst] = useState(true);
  const options = useSyncExternalStore(session.feed.options.subscribe, session.feed.options.get);

  useEffect(() => {
    onStatus(session.feed.status.get());
    return session.feed.status.subscribe(() => onStatus(session.feed.status.get()));
  }, [session, onStatus]);

  useEffect(() => {
    const onHide = () => void session.saveNow();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      session.dispose();
    };
  }, [session]);

  // The run's row is written in a task of its own after the room's first frame.
  useEffect(() => {
    if (first) return;
    const id = setTimeout(() => session.begin(), 0);
    return () => clearTimeout(id);
  }, [session, first]);

  /** After each frame that ticked: the feed, the autosave, a freeze that is due. */
  const afterFrame = useCallback(() => {
    if (first) setFirst(false);
    const f = session.afterFrame();
    if (f) setFreeze(f);
  }, [session, first]);

  const answerFreeze = useCallback(
    (answers: (ProbeAnswer | null)[]) => {
      session.answerFreeze(answers);
      setFreeze(null);
    },
    [session],
  );

  return { session, sim: session.sim, freeze, options, afterFrame, answerFreeze };
}
