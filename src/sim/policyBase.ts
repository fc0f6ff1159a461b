/**
 * What every scripted trainee shares: what it observes (what a trainee could see: positions, phase
 * cues, what the patient says, never arousal), and how it walks, faces and leaves.
 */
import type { UtteranceOption } from './spec';
import type { PatientModel } from './model';
import { distance, nearestExit, yawTowards } from './proxemics';
import { Rng } from './rng';
import type { SimView } from './simulation';
import type { SimEvent, TraineeSignals, Vec2 } from './types';
import type { UtteranceTag } from './vocabulary';
import { startSignals } from './types';

export interface Observation {
  t: number;
  dt: number;
  view: Readonly<SimView>;
  options: readonly UtteranceOption[];
}

export type TraineeAct = Exclude<SimEvent, { type: 'TICK' }>;

export interface TraineePolicy {
  readonly name: string;
  readonly signals: TraineeSignals;
  /** Updates `signals` in place for this tick and returns the acts to make. */
  step(obs: Observation): TraineeAct[];
}

export const GOOD_TAGS: UtteranceTag[] = [
  'introduce',
  'acknowledge',
  'question',
  'listen',
  'agree',
  'inform',
  'choice',
  'apologize',
  'reassure',
];
export const BAD_TAGS: UtteranceTag[] = ['command', 'threat', 'refuse', 'dismiss'];

export abstract class BasePolicy implements TraineePolicy {
  abstract readonly name: string;
  readonly signals: TraineeSignals;
  protected readonly rng: Rng;
  protected nextSpeech = 0;
  constructor(
    protected readonly model: PatientModel,
    seed: number,
  ) {
    this.signals = startSignals(model.scenario.setting.traineeStart);
    this.rng = new Rng(seed ^ 0x5bd1e995);
  }
  abstract step(obs: Observation): TraineeAct[];

  protected walk(to: Vec2, speed: number, dt: number): void {
    const p = this.signals.position;
    const d = distance(p, to);
    if (d > 1e-3) {
      const k = Math.min(1, (speed * dt) / d);
      p[0] += (to[0] - p[0]) * k;
      p[1] += (to[1] - p[1]) * k;
    }
    const b = this.model.bounds;
    p[0] = Math.min(b.maxX, Math.max(b.minX, p[0]));
    p[1] = Math.min(b.maxZ, Math.max(b.minZ, p[1]));
  }
  protected face(target: Vec2): void {
    this.signals.facing = yawTowards(this.signals.position, target);
  }
  /** Walks to the trainee's nearest exit; withdraws on reaching it. */
  protected leave(dt: number, speed = 1.4): TraineeAct[] {
    const exit = nearestExit(this.signals.position, this.model.exits);
    this.walk(exit.position, speed, dt);
    this.face(exit.position);
    this.signals.gaze = exit.id;
    return distance(this.signals.position, exit.position) < 1.0
      ? [{ type: 'WITHDRAW', exitId: exit.id }]
      : [];
  }
}
