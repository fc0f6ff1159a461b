/** Runs a whole encounter headlessly with a scripted trainee, and replays logged runs. */
import type { ScenarioSpec as Scenario } from './spec';
import { drawPersona, type PersonaDraw } from './persona';
import { Simulation } from './simulation';
import { createPolicy, type ScriptedTrainee } from './trainees';
import type { LogEntry, SimEvent, TraineeSignals, Vec2 } from './types';

export interface RunSummary {
  scenario: string;
  seed: number;
  trainee: ScriptedTrainee;
  outcome: string;
  outcomeKind: string;
  durationS: number;
  peakArousal: number;
  finalPhase: string;
  /** Phases and the ending in the order visited (consecutive repeats collapsed). */
  phases: string[];
}

export interface RunOptions {
  /** Ticks per simulated second (the app runs at frame rate; 90 matches a Quest). */
  hz?: number;
  /** Optional knobs applied to the policy's signals every tick (for "vary one thing" experiments). */
  override?: (signals: TraineeSignals, t: number, patient: Vec2) => void;
  /** "Surprise me": meet the persona variant this seed draws from the scenario's ranges. */
  surprise?: boolean;
}

export function runScripted<S extends Scenario>(
  scenario: S,
  trainee: ScriptedTrainee,
  seed: number,
  opts: RunOptions = {},
) {
  const persona = opts.surprise ? drawPersona(scenario, seed) : null;
  const sim = new Simulation(scenario, { seed, persona });
  const policy = createPolicy(trainee, sim.model, seed);
  const dt = 1 / (opts.hz ?? 10);
  let peak = sim.view.arousal;
  const maxTicks = Math.ceil((scenario.durationS + 5) / dt);
  for (let i = 0; i < maxTicks && !sim.done; i++) {
    const acts = policy.step({ t: sim.time, dt, view: sim.view, options: sim.availableOptions() });
    for (const act of acts) sim.apply(act);
    if (sim.done) break;
    opts.override?.(policy.signals, sim.time, sim.view.patientPosition);
    sim.tick(dt, policy.signals);
    if (sim.view.arousal > peak) peak = sim.view.arousal;
  }
  return { sim, summary: summarize(sim, trainee, peak) };
}

export function summarize(sim: Simulation, trainee: ScriptedTrainee, peak?: number): RunSummary {
  const phases: string[] = [];
  const first = sim.scenario.phases[0]?.id;
  if (first) phases.push(first);
  let max = sim.log.find((e) => e.kind === 'arousal')?.value ?? 0;
  for (const e of sim.log) {
    if (e.kind === 'transition' && phases[phases.length - 1] !== e.to) phases.push(e.to);
    if (e.kind === 'arousal' && e.value > max) max = e.value;
  }
  const outcome = sim.outcome;
  return {
    scenario: sim.scenario.id,
    seed: sim.seed,
    trainee,
    outcome: outcome?.id ?? 'unfinished',
    outcomeKind: outcome?.kind ?? 'none',
    durationS: Math.round(sim.time * 1000) / 1000,
    peakArousal: Math.round((peak ?? max) * 1000) / 1000,
    finalPhase: sim.view.phaseId,
    phases,
  };
}

/** The input events of a run log, in order, ready to replay. */
/** Only inputs are stored: replay re-creates effects, transitions and arousal exactly. */
export function isInput(e: LogEntry): boolean {
  return e.kind === 'signals' || e.kind === 'tick' || e.kind === 'act' || e.kind === 'persona';
}

export function inputsOf(log: readonly LogEntry[]): SimEvent[] {
  const out: SimEvent[] = [];
  let signals: TraineeSignals | null = null;
  for (const e of log) {
    if (e.kind === 'signals') signals = e.signals;
    else if (e.kind === 'act') out.push(e.event);
    else if (e.kind === 'tick' && signals)
      for (let i = 0; i < e.n; i++) out.push({ type: 'TICK', dt: e.dt, signals });
  }
  return out;
}

/**
 * Re-simulates a run from its scenario, seed and input events (and the persona variant it met, from
 * its log: personaOf): the basis of replay and what-if.
 */
export function replay<S extends Scenario>(
  scenario: S,
  seed: number,
  inputs: readonly SimEvent[],
  persona: PersonaDraw | null = null,
): Simulation<S> {
  const sim = new Simulation(scenario, { seed, persona });
  for (const e of inputs) sim.apply(e);
  return sim;
}
