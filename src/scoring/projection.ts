/**
 * Level-3 truth: what happens next if the trainee does X now? Rolig asks the patient machine itself.
 * The run is replayed from its input log to the freeze twice (replay is exact, timers included:
 * restoring an XState snapshot would drop pending delayed transitions such as "ignored"); one copy
 * continues with the trainee's signals unchanged, the other under the hypothetical input, for the
 * same simulated time. Comparing the two gives calmer / same / escalates.
 */
import type { Probe } from '../scenario';
import {
  distance,
  inputsOf,
  personaOf,
  replay,
  yawTowards,
  type LogEntry,
  type ProjectionAnswer,
  type ScenarioSpec,
  type Simulation,
  type TraineeSignals,
} from '../sim';
import { SCORING } from './config';

export type Hypothetical = NonNullable<Probe['hypothetical']>;

export interface Branch {
  arousal: number;
  state: string;
  endingKind: string | null;
}

export interface Projection {
  answer: ProjectionAnswer;
  /** Simulated seconds both branches ran past the freeze. */
  horizonS: number;
  baseline: Branch;
  hypothetical: Branch;
}

const branch = (sim: Simulation): Branch => ({
  arousal: sim.view.arousal,
  state: sim.state,
  endingKind: sim.outcome?.kind ?? null,
});

function copy(s: TraineeSignals): TraineeSignals {
  return { ...s, position: [s.position[0], s.position[1]], gaze: s.gaze, sudden: false };
}

export function project(
  scenario: ScenarioSpec,
  seed: number,
  log: readonly LogEntry[],
  h: Hypothetical,
): Projection {
  const inputs = inputsOf(log);
  const persona = personaOf(log);
  const base = replay(scenario, seed, inputs, persona);
  const hyp = replay(scenario, seed, inputs, persona);
  const dt = 1 / SCORING.projectionHz;
  const held = copy(base.context.signals);
  const moved = copy(held);
  // Walking time to the hypothetical distance comes on top of the horizon (the horizon is how long
  // the trainee then stays there).
  const walkS =
    h.approachToM !== undefined
      ? Math.max(0, distance(held.position, base.context.patientPosition) - h.approachToM) /
        SCORING.approachSpeedMps
      : 0;
  const horizonS = walkS + h.horizonS;
  if (h.say !== undefined) hyp.say(h.say);
  const steps = Math.round(horizonS / dt);
  for (let i = 0; i < steps; i++) {
    if (h.approachToM !== undefined) approach(moved, hyp.context.patientPosition, h.approachToM, dt);
    base.tick(dt, held);
    hyp.tick(dt, moved);
  }
  const b = branch(base);
  const x = branch(hyp);
  return { answer: compare(b, x), horizonS, baseline: b, hypothetical: x };
}

/** Steps `s` toward the patient at a calm pace, never closer than `toM` and never backing away. */
function approach(s: TraineeSignals, patient: readonly [number, number], toM: number, dt: number): void {
  const d = distance(s.position, [patient[0], patient[1]]);
  const step = Math.min(SCORING.approachSpeedMps * dt, Math.max(0, d - toM));
  if (step > 0 && d > 1e-9) {
    s.position = [
      s.position[0] + ((patient[0] - s.position[0]) / d) * step,
      s.position[1] + ((patient[1] - s.position[1]) / d) * step,
    ];
  }
  s.facing = yawTowards(s.position, [patient[0], patient[1]]);
}

const RANK: Record<string, number> = { good: -2, safe: -1, neutral: 0, bad: 2 };

/** Endings first (an assault is escalation whatever the arousal), then the arousal difference. */
export function compare(base: Branch, hyp: Branch): ProjectionAnswer {
  if (hyp.endingKind !== base.endingKind) {
    const h = RANK[hyp.endingKind ?? 'neutral'] ?? 0;
    const b = RANK[base.endingKind ?? 'neutral'] ?? 0;
    if (h > b) return 'escalates';
    if (h < b) return 'calmer';
  }
  const d = hyp.arousal - base.arousal;
  if (d > SCORING.projectionEpsilon) return 'escalates';
  if (d < -SCORING.projectionEpsilon) return 'calmer';
  return 'same';
}
