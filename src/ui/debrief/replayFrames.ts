/** A run's replay as frames: re-simulated from its inputs, or from the record's own samples. */
import type { DebriefRecord } from '../../debrief';
import type { Scenario } from '../../scenario';
import type { LogEntry } from '../../sim';
import { traceRun } from '../../scoring';

/**
 * One replay frame: time, trainee [x, z], patient [x, z], arousal 0-1, and each one's facing (sim
 * yaw in rad; absent when replaying from the record's samples, which hold positions only).
 */
export interface ReplayFrame {
  t: number;
  trainee: [number, number];
  patient: [number, number];
  arousal: number;
  traineeFacing?: number;
  patientFacing?: number;
}

/** Seconds of sim time between two replay frames. */
export const REPLAY_STEP = 0.1;

/**
 * Frames every 0.1 s of sim time, re-simulated from the scenario, seed and stored input log (the run
 * is deterministic: design.md §1).
 */
export function framesFromInputs(
  scenario: Scenario,
  seed: number,
  inputs: readonly LogEntry[],
): ReplayFrame[] {
  const out: ReplayFrame[] = [];
  let next = 0;
  for (const s of traceRun(scenario, seed, inputs).ticks) {
    if (s.t + 1e-9 < next) continue;
    out.push({
      t: s.t,
      trainee: [...s.trainee],
      patient: [...s.patient],
      arousal: s.arousal,
      traineeFacing: s.traineeFacing,
      patientFacing: s.patientFacing,
    });
    next = s.t + REPLAY_STEP;
  }
  return out;
}

/** The record's own 0.5 s samples: used when the input log or the scenario is not at hand. */
export function framesFromRecord(r: DebriefRecord): ReplayFrame[] {
  return r.positions.map(([t, tx, tz, px, pz], i) => ({
    t,
    trainee: [tx, tz],
    patient: [px, pz],
    arousal: r.arousal[i]?.[1] ?? r.arousal.at(-1)?.[1] ?? 0,
  }));
}

/** Index of the last frame at or before t (binary search). */
export function frameAt(frames: readonly ReplayFrame[], t: number): number {
  let lo = 0;
  let hi = frames.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (frames[mid]!.t <= t + 1e-9) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
