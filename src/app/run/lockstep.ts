/**
 * ?lockstep=1 (a test hook, with ?fixedTime=1): the run advances only by the frames a test hands it
 * (`window.__roligLockstep.budget += n`), one fixed step a frame, and stands still in between. What
 * a test does between two of its calls then happens at the same sim time however busy the machine
 * is, so screenshots compared with references do not depend on the machine's load (issue 17).
 */
import { useEffect, useMemo } from 'react';

export interface Lockstep {
  /** Frames the test has handed over and the run has not yet taken. */
  budget: number;
  /** Frames taken so far. */
  done: number;
  /** A run's frame loop is taking frames (false on the screens around it). */
  active: boolean;
}

let gate: Lockstep | null | undefined;

/** The lockstep gate when the page was opened with ?lockstep=1, else null. */
export function lockstep(): Lockstep | null {
  if (gate !== undefined) return gate;
  const on = new URLSearchParams(globalThis.location?.search ?? '').get('lockstep') === '1';
  gate = on ? { budget: 0, done: 0, active: false } : null;
  if (gate) (globalThis as { __roligLockstep?: Lockstep }).__roligLockstep = gate;
  return gate;
}

/** Whether this frame may advance the run (always without lockstep). */
export function takeFrame(l: Lockstep | null): boolean {
  if (!l) return true;
  if (l.budget <= 0) return false;
  l.budget--;
  l.done++;
  return true;
}

/** The gate for a run's frame loop: marked active while the loop is mounted (null without lockstep). */
export function useLockstep(): Lockstep | null {
  const gate = useMemo(lockstep, []);
  useEffect(() => {
    if (!gate) return;
    gate.active = true;
    return () => void (gate.active = false);
  }, [gate]);
  return gate;
}
