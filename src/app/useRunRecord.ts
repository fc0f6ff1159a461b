/**
 * The learning side of a run: SAGAT freezes (the caller stops ticking while `freeze` is set),
 * autosave of the input log (at most the last two seconds lost), and the debrief record at the end.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildDebrief } from '../debrief';
import { randomUuid } from '../debrief';
import type { DebriefRecord } from '../debrief';
import type { Scenario } from '../scenario';
import {
  freezeChoices,
  isCorrect,
  pickProbes,
  probeTruth,
  scheduleFreezes,
  type ProbeAnswer,
  type ProbeResult,
  type ProbeTruth,
} from '../scoring';
import type { Simulation } from '../sim';
import { Autosaver } from '../storage';
import type { FreezeQuestion } from '../ui/debrief';
import { getProfile, recordPseudonym } from '../ui';
import { canStore, loadRunStore } from './lazyRunStore';

export interface ResumeState {
  runId: string;
  startedAt: string;
  sim: Simulation;
  probes: ProbeResult[];
  freezesDone: number;
}

interface Freeze {
  index: number;
  t: number;
  questions: (FreezeQuestion & { truth: ProbeTruth })[];
}

/**
 * At most the last two seconds of a run are lost if the browser crashes (page hide, a freeze and the
 * end save at once). Each save is an IndexedDB transaction of a few ms on a slow machine: every two
 * seconds halves what it costs the frame budget.
 */
const AUTOSAVE_MS = 2000;

export function useRunRecord(sim: Simulation, scenario: Scenario, resume?: ResumeState) {
  const [freeze, setFreeze] = useState<Freeze | null>(null);
  // Made once (a lazy initialiser), not on every render of the run screen.
  const [r] = useState(() => ({
    current: {
      id: resume?.runId ?? randomUuid(),
      startedAt: resume?.startedAt ?? new Date().toISOString(),
      probes: resume?.probes ?? ([] as ProbeResult[]),
      next: resume?.freezesDone ?? 0,
      freezing: false,
      /** Storage starts after the room's first frame (issue #3: the first frame waits for nothing else). */
      stored: false,
      begin: null as (() => void) | null,
    },
  }));
  const times = useMemo(() => scheduleFreezes(scenario, sim.seed), [scenario, sim]);
  const saver = useMemo(() => {
    if (!canStore()) return null;
    const cur = r.current;
    return new Autosaver(
      // The store's code loads with the first save (after the first frame).
      { saveInputs: (...a) => loadRunStore().then((store) => store?.saveInputs(...a)) },
      cur.id,
      sim.log,
      () => ({ simTime: sim.time, freezesDone: cur.next, probes: cur.probes }),
      AUTOSAVE_MS,
    );
  }, [sim]);

  /** Writes the run row now if that has not happened yet (idempotent). */
  const startStore = useRef(() => {});
  useEffect(() => {
    const cur = r.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let started = false;
    startStore.current = () => {
      if (started) return;
      started = true;
      clearTimeout(timer);
      if (canStore() && !resume)
        void loadRunStore().then((store) =>
          store?.start({
            id: cur.id,
            scenarioId: scenario.id,
            scenarioVersion: scenario.version,
            seed: sim.seed,
            pseudonym: recordPseudonym(),
            startedAt: cur.startedAt,
          }),
        );
      cur.stored = true;
    };
    // Called on the first frame: the row is written in a task of its own after that frame.
    cur.begin = () => {
      cur.begin = null;
      timer = setTimeout(startStore.current, 0);
    };
    const onHide = () => void (cur.stored && saver?.flush());
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [saver, scenario, sim, resume]);

  /** Once per frame: autosave, and freeze when the next freeze time has come. */
  const afterFrame = useCallback(() => {
    const cur = r.current;
    cur.begin?.();
    if (cur.stored) saver?.poke();
    const at = times[cur.next];
    if (cur.freezing || sim.done || at === undefined || sim.time < at) return;
    cur.freezing = true;
    const questions = pickProbes(scenario, sim.view.phaseId, sim.seed, cur.next).map((probe) => {
      const truth = probeTruth(sim, probe);
      return { probe, truth, choices: freezeChoices(scenario, probe, truth, sim.seed, cur.next) };
    });
    if (!questions.length) {
      cur.next++;
      cur.freezing = false;
      return;
    }
    startStore.current();
    void saver?.flush();
    setFreeze({ index: cur.next, t: sim.time, questions });
  }, [saver, times, scenario, sim]);

  const answerFreeze = useCallback(
    (answers: (ProbeAnswer | null)[]) => {
      const cur = r.current;
      setFreeze((f) => {
        if (!f) return null;
        f.questions.forEach((q, i) => {
          const answer = answers[i] ?? null;
          cur.probes.push({
            freeze: f.index,
            t: f.t,
            probeId: q.probe.id,
            level: q.probe.level,
            truth: q.truth,
            answer,
            correct: isCorrect(q.truth, answer),
          });
        });
        cur.next = f.index + 1;
        cur.freezing = false;
        return null;
      });
      void saver?.flush();
    },
    [saver],
  );

  /** At the end: the debrief record, stored with the run. */
  const finish = useCallback((): DebriefRecord => {
    const cur = r.current;
    const record = buildDebrief({
      id: cur.id,
      scenario,
      seed: sim.seed,
      pseudonym: recordPseudonym(),
      device: getProfile().device,
      startedAt: cur.startedAt,
      log: sim.log,
      probes: cur.probes,
    });
    startStore.current();
    void saver
      ?.flush()
      .then(loadRunStore)
      .then((store) => store?.finish(cur.id, record));
    return record;
  }, [saver, scenario, sim]);

  /** Save now (the trainee paused: a natural point to have everything stored). */
  const saveNow = useCallback(() => {
    if (r.current.stored) void saver?.flush();
  }, [saver]);

  return { freeze, afterFrame, answerFreeze, finish, saveNow };
}
