/**
 * Re-simulates a run from its scenario, seed and input log and records the state after every tick:
 * the geometry and phase that process indicators and the debrief's curves need (the log itself
 * holds inputs, effects and arousal, not positions). The run is deterministic (design.md §1).
 */
import type { Scenario } from '../scenario';
import {
  CUE_BEHAVIOURS,
  Simulation,
  inputsOf,
  personaOf,
  type CueBehaviour,
  type CyclePhase,
  type HandPose,
  type LogEntry,
  type Stance,
} from '../sim';
import { safeDistance } from './config';

export interface TickSample {
  /** Sim time after the tick (s) and its length. */
  t: number;
  dt: number;
  arousal: number;
  phaseId: string;
  cycle: CyclePhase;
  /** Present cue behaviours as a bit mask over CUE_BEHAVIOURS. */
  cues: number;
  distance: number;
  safeDistance: number;
  blockingExit: boolean;
  ownExitClear: boolean;
  nearestExitId: string;
  hands: HandPose;
  stance: Stance;
  gaze: string | null;
  trainee: [number, number];
  patient: [number, number];
  /** Facing of each (sim yaw, rad: 0 = +z, forward (sin, cos) in x, z). */
  traineeFacing: number;
  patientFacing: number;
}

export interface Trace {
  /** The re-simulated run: its log is the full log (inputs, effects, transitions, arousal). */
  sim: Simulation;
  ticks: TickSample[];
  durationS: number;
}

export function cueMask(cues: readonly CueBehaviour[]): number {
  let m = 0;
  for (const c of cues) m |= 1 << CUE_BEHAVIOURS.indexOf(c);
  return m;
}

export function cuesOfMask(mask: number): CueBehaviour[] {
  return CUE_BEHAVIOURS.filter((_, i) => (mask & (1 << i)) !== 0);
}

export function traceRun(scenario: Scenario, seed: number, log: readonly LogEntry[]): Trace {
  const sim = new Simulation(scenario, { seed, persona: personaOf(log) });
  const ticks: TickSample[] = [];
  for (const e of inputsOf(log)) {
    if (e.type !== 'TICK') {
      sim.apply(e);
      continue;
    }
    const before = sim.time;
    sim.tick(e.dt, e.signals);
    const dt = sim.time - before;
    if (!(dt > 0)) continue;
    const v = sim.view;
    const p = sim.context.prox;
    ticks.push({
      t: sim.time,
      dt,
      arousal: v.arousal,
      phaseId: v.phaseId,
      cycle: v.cycle,
      cues: cueMask(v.cues),
      distance: p.distance,
      safeDistance: safeDistance(v.cycle),
      blockingExit: p.blockingExit,
      ownExitClear: p.ownExitClear,
      nearestExitId: p.nearestExitId,
      hands: e.signals.hands,
      stance: e.signals.stance,
      gaze: e.signals.gaze,
      trainee: [e.signals.position[0], e.signals.position[1]],
      patient: [v.patientPosition[0], v.patientPosition[1]],
      traineeFacing: e.signals.facing,
      patientFacing: v.patientFacing,
    });
  }
  return { sim, ticks, durationS: sim.time };
}
