/**
 * Scripted trainees: policies that play a scenario headlessly for tests, tuning and instructors.
 * They see what a trainee could see (positions, phase cues, what the patient says), never arousal.
 */
import type { UtteranceOption } from './spec';
import type { PatientModel } from './model';
import { createGamingPolicy, GAMING_POLICIES, type GamingPolicyName } from './gaming';
import {
  BAD_TAGS,
  BasePolicy,
  GOOD_TAGS,
  type Observation,
  type TraineeAct,
  type TraineePolicy,
} from './policyBase';
import { distance, inTheWay, nearestExit } from './proxemics';
import type { Vec2 } from './types';
import { HAND_POSES, TONE_FORCE } from './vocabulary';

export type { Observation, TraineeAct, TraineePolicy } from './policyBase';

export const TRAINEE_POLICIES = ['textbook', 'provocative', 'passive', 'random'] as const;
export type TraineePolicyName = (typeof TRAINEE_POLICIES)[number];
/** Every scripted trainee: the four above and the gaming family (./gaming.ts). */
export const SCRIPTED_TRAINEES = [...TRAINEE_POLICIES, ...GAMING_POLICIES] as const;
export type ScriptedTrainee = TraineePolicyName | GamingPolicyName;

/** Keeps 1.5-3 m, angled, open hands, calm tone; introduces, listens, offers choices; leaves in a crisis. */
class TextbookPolicy extends BasePolicy {
  readonly name = 'textbook' as const;
  private introduced = false;
  private spot: Vec2 | null = null;
  private tags = new Map<string, number>();
  private answered: string | null = null;
  step(obs: Observation): TraineeAct[] {
    const s = this.signals;
    s.hands = 'open';
    s.stance = 'angled';
    const patient = obs.view.patientPosition;
    if (obs.view.cycle === 'crisis' || obs.view.cues.includes('physicalThreats')) return this.leave(obs.dt);
    const keep = obs.view.cycle === 'escalation' ? 2.8 : 2.2;
    if (!this.spot || distance(this.spot, patient) < keep - 0.4 || distance(this.spot, patient) > keep + 0.6)
      this.spot = this.safeSpot(patient, keep);
    this.walk(this.spot, 0.7, obs.dt);
    this.face(patient);
    // Look mostly at the face, glance at the hands and the exits: never stare.
    const phase = obs.t % 8;
    s.gaze =
      phase < 4.5
        ? 'patient.face'
        : phase < 6
          ? 'patient.hands'
          : (this.model.exits[Math.floor(obs.t / 8) % this.model.exits.length]?.id ?? null);
    const d = distance(s.position, patient);
    if (obs.t < this.nextSpeech || d > 3.8) return [];
    // Answer what he just said (a line not yet answered), as a trainee who listens would.
    const line = obs.view.lastLineId;
    const asks = line && line !== this.answered ? (this.model.lines.get(line)?.asks ?? []) : [];
    if (asks.length > 0 && asks.every((a) => a === 'space')) return []; // he wants room, not words
    const option = this.choose(obs.options, asks);
    if (!option) return [];
    this.nextSpeech = obs.t + this.rng.range(6, 9);
    this.answered = line;
    for (const tag of option.tags) this.tags.set(tag, (this.tags.get(tag) ?? 0) + 1);
    return [{ type: 'SAY', optionId: option.id }];
  }
  private choose(options: readonly UtteranceOption[], asks: readonly string[]): UtteranceOption | undefined {
    const calm = options.filter(
      (o) => TONE_FORCE[o.tone] <= TONE_FORCE.firm && !o.tags.some((t) => BAD_TAGS.includes(t)),
    );
    if (!this.introduced) {
      this.introduced = true;
      const intro = calm.find((o) => o.tags.includes('introduce'));
      if (intro) return intro;
    }
    const good = calm.filter((o) => o.tags.some((t) => GOOD_TAGS.includes(t) && t !== 'introduce'));
    const relevant = good.filter((o) => o.tags.some((t) => asks.includes(t)));
    const pool = relevant.length > 0 ? relevant : good.length > 0 ? good : calm;
    // The freshest kind of line: the one whose least-used tag has been said least.
    const used = (o: UtteranceOption) => Math.min(...o.tags.map((t) => this.tags.get(t) ?? 0));
    const least = Math.min(...pool.map(used));
    const fresh = pool.filter((o) => used(o) === least);
    return fresh.length > 0 ? this.rng.pick(fresh) : undefined;
  }
  /** A point at `keep` metres from the patient, off every exit line, own exit clear, nearest to us. */
  private safeSpot(patient: Vec2, keep: number): Vec2 {
    const b = this.model.bounds;
    let best: Vec2 = [this.signals.position[0], this.signals.position[1]];
    let bestScore = Infinity;
    for (let k = 0; k < 24; k++) {
      const a = (k / 24) * Math.PI * 2;
      const c: Vec2 = [patient[0] + Math.sin(a) * keep, patient[1] + Math.cos(a) * keep];
      if (c[0] < b.minX || c[0] > b.maxX || c[1] < b.minZ || c[1] > b.maxZ) continue;
      if (this.model.exits.some((e) => inTheWay(c, patient, e.position))) continue;
      const ownClear = this.model.exits.some((e) => !inTheWay(patient, c, e.position));
      const score = distance(c, this.signals.position) + (ownClear ? 0 : 100);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }
}

/** Approaches fast, square-on, pointing, gives loud commands and stands in the patient's way out. */
class ProvocativePolicy extends BasePolicy {
  readonly name = 'provocative' as const;
  step(obs: Observation): TraineeAct[] {
    const s = this.signals;
    const patient = obs.view.patientPosition;
    const exit = nearestExit(patient, this.model.exits).position;
    const d = distance(patient, exit);
    const block: Vec2 = [
      patient[0] + ((exit[0] - patient[0]) / d) * 0.7,
      patient[1] + ((exit[1] - patient[1]) / d) * 0.7,
    ];
    this.walk(block, 1.6, obs.dt);
    this.face(patient);
    s.hands = 'pointing';
    s.stance = 'square';
    s.gaze = 'patient.face';
    if (obs.t < this.nextSpeech || distance(s.position, patient) > 3.5) return [];
    this.nextSpeech = obs.t + this.rng.range(4, 6);
    const harsh = obs.options.filter((o) => o.tags.some((t) => BAD_TAGS.includes(t)));
    const pool =
      harsh.length > 0
        ? harsh
        : [...obs.options].sort((a, b) => TONE_FORCE[b.tone] - TONE_FORCE[a.tone]).slice(0, 2);
    return pool.length > 0 ? [{ type: 'SAY', optionId: this.rng.pick(pool).id, tone: 'shouting' }] : [];
  }
}

/** Says nothing and stands still where they came in. */
class PassivePolicy extends BasePolicy {
  readonly name = 'passive' as const;
  step(): TraineeAct[] {
    return [];
  }
}

/** Seeded random wandering, hands, stances and utterances. */
class RandomPolicy extends BasePolicy {
  readonly name = 'random' as const;
  private target: Vec2 | null = null;
  private nextMove = 0;
  step(obs: Observation): TraineeAct[] {
    const s = this.signals;
    const b = this.model.bounds;
    if (obs.t >= this.nextMove || !this.target) {
      this.target = [this.rng.range(b.minX, b.maxX), this.rng.range(b.minZ, b.maxZ)];
      this.nextMove = obs.t + this.rng.range(3, 8);
      s.hands = this.rng.pick(HAND_POSES);
      s.stance = this.rng.next() < 0.5 ? 'angled' : 'square';
    }
    this.walk(this.target, this.rng.range(0.3, 1.6), obs.dt);
    this.face(obs.view.patientPosition);
    s.gaze = this.rng.next() < 0.6 ? 'patient.face' : null;
    const acts: TraineeAct[] = [];
    if (obs.t >= this.nextSpeech && obs.options.length > 0) {
      this.nextSpeech = obs.t + this.rng.range(4, 12);
      acts.push({ type: 'SAY', optionId: this.rng.pick(obs.options).id });
    }
    if (this.rng.next() < 0.0005) acts.push({ type: 'RAISE_ALARM' });
    return acts;
  }
}

export function createPolicy(name: ScriptedTrainee, model: PatientModel, seed: number): TraineePolicy {
  switch (name) {
    case 'textbook':
      return new TextbookPolicy(model, seed);
    case 'provocative':
      return new ProvocativePolicy(model, seed);
    case 'passive':
      return new PassivePolicy(model, seed);
    case 'random':
      return new RandomPolicy(model, seed);
    default:
      return createGamingPolicy(name, model, seed);
  }
}
