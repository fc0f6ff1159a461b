/**
 * What-if runs for the inspector: a scripted trainee (runScripted), or a small trainee that holds
 * fixed inputs (distance, tone, hands, stance, gaze, blocking the exit) built on Simulation.
 * Pure of the DOM; a run of a few minutes of sim time takes tens of milliseconds.
 */
import type { Scenario } from '../../scenario';
import {
  distance,
  inTheWay,
  nearestExit,
  runScripted,
  Simulation,
  TONE_FORCE,
  yawTowards,
  type HandPose,
  type LogEntry,
  type Stance,
  type Tone,
  type TraineePolicyName,
  type TraineeSignals,
  type Vec2,
  startSignals,
} from '../../sim';

export type GazeMode = 'mixed' | 'face' | 'hands' | 'away';

export interface ManualInputs {
  /** Metres kept from the patient. */
  distance: number;
  tone: Tone;
  hands: HandPose;
  stance: Stance;
  gaze: GazeMode;
  /** Stand in the patient's way to the nearest exit (at `distance`, or as near the exit as fits). */
  blockExit: boolean;
  /** Say something every this many seconds; 0 = silent. */
  talkEveryS: number;
}

export const DEFAULT_INPUTS: ManualInputs = {
  distance: 2.2,
  tone: 'calm',
  hands: 'open',
  stance: 'angled',
  gaze: 'mixed',
  blockExit: false,
  talkEveryS: 8,
};

export type RunSpec =
  | { mode: 'scripted'; trainee: TraineePolicyName; seed: number }
  | { mode: 'manual'; inputs: ManualInputs; seed: number };

export interface RunResult {
  spec: RunSpec;
  outcome: string | null;
  outcomeKind: string | null;
  durationS: number;
  peak: number;
  /** [t, arousal] samples. */
  samples: [number, number][];
  /** States (phases, then the ending) in order, each with the time it was entered. */
  path: { t: number; state: string }[];
  log: readonly LogEntry[];
}

/** Ticks per simulated second, as runScripted's default and the scenario checks use. */
export const HZ = 10;

export function runSpec(scenario: Scenario, spec: RunSpec): RunResult {
  const sim =
    spec.mode === 'scripted'
      ? runScripted(scenario, spec.trainee, spec.seed, { hz: HZ }).sim
      : runManual(scenario, spec.inputs, spec.seed);
  return resultOf(scenario, sim, spec);
}

export function resultOf(scenario: Scenario, sim: Simulation, spec: RunSpec): RunResult {
  const samples: [number, number][] = [];
  const first = scenario.phases[0]?.id ?? '';
  const path = [{ t: 0, state: first }];
  let peak = 0;
  for (const e of sim.log) {
    if (e.kind === 'arousal') {
      samples.push([e.t, e.value]);
      peak = Math.max(peak, e.value);
    } else if (e.kind === 'transition') path.push({ t: e.t, state: e.to });
  }
  const outcome = sim.outcome;
  return {
    spec,
    outcome: outcome?.id ?? null,
    outcomeKind: outcome?.kind ?? null,
    durationS: sim.time,
    peak,
    samples,
    path,
    log: sim.log,
  };
}

/** A trainee who holds the given inputs for the whole run. */
export function runManual(scenario: Scenario, inputs: ManualInputs, seed: number): Simulation {
  const sim = new Simulation(scenario, { seed });
  const model = sim.model;
  const start = scenario.setting.traineeStart;
  const s: TraineeSignals = startSignals(start, { hands: inputs.hands, stance: inputs.stance });
  const said = new Map<string, number>();
  const dt = 1 / HZ;
  let nextSpeech = 1;
  const maxTicks = Math.ceil((scenario.durationS + 5) / dt);
  for (let i = 0; i < maxTicks && !sim.done; i++) {
    const t = sim.time;
    const patient = sim.view.patientPosition;
    walk(s.position, spot(model, patient, s.position, inputs), 1.2 * dt, model.bounds);
    s.facing = yawTowards(s.position, patient);
    s.gaze = gazeAt(inputs.gaze, t, model.exits[0]?.id ?? null);
    if (inputs.talkEveryS > 0 && t >= nextSpeech && distance(s.position, patient) < 4) {
      nextSpeech = t + inputs.talkEveryS;
      const option = pickOption(sim.availableOptions(), inputs.tone, said);
      if (option) {
        said.set(option, (said.get(option) ?? 0) + 1);
        sim.say(option, inputs.tone);
      }
    }
    if (sim.done) break;
    sim.tick(dt, s);
  }
  return sim;
}

function gazeAt(mode: GazeMode, t: number, exit: string | null): string | null {
  if (mode === 'face') return 'patient.face';
  if (mode === 'hands') return 'patient.hands';
  if (mode === 'away') return exit;
  const phase = t % 8; // as a textbook trainee: mostly the face, a glance at the hands and the exit
  return phase < 4.5 ? 'patient.face' : phase < 6 ? 'patient.hands' : exit;
}

/** Options closest in tone to the chosen one, the least said first (deterministic: file order). */
export function pickOption(
  options: readonly { id: string; tone: Tone }[],
  tone: Tone,
  said: ReadonlyMap<string, number>,
): string | null {
  if (options.length === 0) return null;
  const gap = (o: { tone: Tone }) => Math.abs(TONE_FORCE[o.tone] - TONE_FORCE[tone]);
  const best = Math.min(...options.map(gap));
  const near = options.filter((o) => gap(o) === best);
  const least = Math.min(...near.map((o) => said.get(o.id) ?? 0));
  return near.find((o) => (said.get(o.id) ?? 0) === least)?.id ?? null;
}

type Bounds = { minX: number; maxX: number; minZ: number; maxZ: number };
type Model = Simulation['model'];

/** Where to stand: `distance` from the patient, in or out of their way to the nearest exit. */
function spot(model: Model, patient: Vec2, me: Vec2, inputs: ManualInputs): Vec2 {
  const b = model.bounds;
  const d = inputs.distance;
  if (inputs.blockExit) {
    const exit = nearestExit(patient, model.exits).position;
    const toExit = distance(patient, exit);
    const k = toExit > 1e-6 ? Math.min(d, Math.max(0.3, toExit - 0.2)) / toExit : 0;
    return [patient[0] + (exit[0] - patient[0]) * k, patient[1] + (exit[1] - patient[1]) * k];
  }
  let best: Vec2 | null = null;
  let bestScore = Infinity;
  for (let i = 0; i < 36; i++) {
    const a = (i / 36) * Math.PI * 2;
    const c: Vec2 = [patient[0] + Math.sin(a) * d, patient[1] + Math.cos(a) * d];
    if (c[0] < b.minX || c[0] > b.maxX || c[1] < b.minZ || c[1] > b.maxZ) continue;
    const blocks = model.exits.some((e) => inTheWay(c, patient, e.position));
    const score = distance(c, me) + (blocks ? 100 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best ?? [me[0], me[1]];
}

function walk(p: Vec2, to: Vec2, step: number, b: Bounds): void {
  const d = distance(p, to);
  if (d > 1e-3) {
    const k = Math.min(1, step / d);
    p[0] += (to[0] - p[0]) * k;
    p[1] += (to[1] - p[1]) * k;
  }
  p[0] = Math.min(b.maxX, Math.max(b.minX, p[0]));
  p[1] = Math.min(b.maxZ, Math.max(b.minZ, p[1]));
}
