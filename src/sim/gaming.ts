/**
 * Gaming trainees (issue 21): scripts written against the public simulation API to "win" without
 * de-escalating, as a sceptical instructor would try them. A scenario's model is sound when none of
 * them reaches a good ending with a high score; `npm run simulate -- --trainee <name>` runs one on
 * an instructor's own file, and test/sim/gaming.test.ts runs them all over the bundled scenarios.
 */
import type { PatientModel } from './model';
import { BAD_TAGS, BasePolicy, type Observation, type TraineeAct, type TraineePolicy } from './policyBase';
import { distance, inTheWay } from './proxemics';
import type { Vec2 } from './types';
import { TONE_FORCE } from './vocabulary';

export const GAMING_POLICIES = [
  'alarmAtOnce',
  'helpAtOnce',
  'reciteMenu',
  'standFar',
  'provokeThenTalk',
] as const;
export type GamingPolicyName = (typeof GAMING_POLICIES)[number];

/** What each script does, for the table and the simulate command's help. */
export const GAMING_DESCRIPTIONS: Record<GamingPolicyName, string> = {
  alarmAtOnce: 'raises the personal alarm at t=0 and waits',
  helpAtOnce: 'calls a colleague at t=0 and waits',
  reciteMenu: 'recites every calm option in file order, whatever the patient says',
  standFar: 'stands as far away as the room allows and says the first calm line once',
  provokeThenTalk: 'provokes a crisis, steps far back, waits a minute, then talks calmly',
};

/** Calm options: not louder than firm, no refusal, command, threat or dismissal. */
const calmOptions = (obs: Observation) =>
  obs.options.filter(
    (o) => TONE_FORCE[o.tone] <= TONE_FORCE.firm && !o.tags.some((t) => BAD_TAGS.includes(t)),
  );

/** Hands open, angled: the body language is right in every script but the provocation. */
abstract class GamingPolicy extends BasePolicy {
  abstract override readonly name: GamingPolicyName;
  protected polite(): void {
    this.signals.hands = 'open';
    this.signals.stance = 'angled';
  }
  /** Keeps `keep` m from the patient (walking along the line between them), facing him. */
  protected hold(obs: Observation, keep: number): void {
    const p = obs.view.patientPosition;
    const me = this.signals.position;
    const d = distance(me, p);
    if (Math.abs(d - keep) > 0.3 && d > 1e-3) {
      const k = keep / d;
      this.walk([p[0] + (me[0] - p[0]) * k, p[1] + (me[1] - p[1]) * k], 0.7, obs.dt);
    }
    this.face(p);
    this.signals.gaze = 'patient.face';
  }
}

/** Calls for help the one way `act` says, at t=0, standing politely where it started. */
abstract class HelpAtStart extends GamingPolicy {
  protected abstract readonly act: 'RAISE_ALARM' | 'CALL_HELP';
  private done = false;
  step(obs: Observation): TraineeAct[] {
    this.polite();
    this.face(obs.view.patientPosition);
    if (this.done) return [];
    this.done = true;
    return [{ type: this.act }];
  }
}

class AlarmAtOnce extends HelpAtStart {
  readonly name = 'alarmAtOnce' as const;
  protected readonly act = 'RAISE_ALARM' as const;
}

class HelpAtOnce extends HelpAtStart {
  readonly name = 'helpAtOnce' as const;
  protected readonly act = 'CALL_HELP' as const;
}

/** Textbook body at 2.2 m, and the calm options in the order of the file, over and over. */
class ReciteMenu extends GamingPolicy {
  readonly name = 'reciteMenu' as const;
  private next = 0;
  step(obs: Observation): TraineeAct[] {
    this.polite();
    this.hold(obs, 2.2);
    if (obs.t < this.nextSpeech || distance(this.signals.position, obs.view.patientPosition) > 3.8) return [];
    const calm = calmOptions(obs);
    if (calm.length === 0) return [];
    this.nextSpeech = obs.t + this.rng.range(6, 9);
    const option = calm[this.next++ % calm.length]!;
    return [{ type: 'SAY', optionId: option.id }];
  }
}

/** The farthest reachable point from the patient, then one calm line, then nothing. */
class StandFar extends GamingPolicy {
  readonly name = 'standFar' as const;
  private spot: Vec2 | null = null;
  private said = false;
  step(obs: Observation): TraineeAct[] {
    this.polite();
    const p = obs.view.patientPosition;
    const b = this.model.bounds;
    this.spot ??= (
      [
        [b.minX, b.minZ],
        [b.minX, b.maxZ],
        [b.maxX, b.minZ],
        [b.maxX, b.maxZ],
      ] as Vec2[]
    ).reduce((a, c) => (distance(c, p) > distance(a, p) ? c : a));
    this.walk(this.spot, 0.7, obs.dt);
    this.face(p);
    this.signals.gaze = 'patient.face';
    if (this.said || distance(this.signals.position, this.spot) > 0.1) return [];
    this.said = true;
    const first = calmOptions(obs)[0];
    return first ? [{ type: 'SAY', optionId: first.id }] : [];
  }
}

/**
 * Provokes until the patient is in crisis (square-on, pointing, commands, in his way out), steps
 * back to 4 m off his exit line, waits 60 s, then talks as the textbook does (calm, varied lines).
 */
class ProvokeThenTalk extends GamingPolicy {
  readonly name = 'provokeThenTalk' as const;
  private crisisAt: number | null = null;
  private said = new Map<string, number>();
  step(obs: Observation): TraineeAct[] {
    const s = this.signals;
    const p = obs.view.patientPosition;
    if (obs.view.cycle === 'crisis') this.crisisAt ??= obs.t;
    if (this.crisisAt === null) {
      s.hands = 'pointing';
      s.stance = 'square';
      this.walk(p, 1.2, obs.dt);
      this.face(p);
      s.gaze = 'patient.face';
      if (obs.t < this.nextSpeech || distance(s.position, p) > 3.5) return [];
      this.nextSpeech = obs.t + this.rng.range(4, 6);
      const harsh = obs.options.filter((o) => o.tags.some((t) => BAD_TAGS.includes(t)));
      return harsh.length ? [{ type: 'SAY', optionId: this.rng.pick(harsh).id, tone: 'shouting' }] : [];
    }
    this.polite();
    const spot = this.retreat(p);
    this.walk(spot, 1.0, obs.dt);
    this.face(p);
    s.gaze = 'patient.face';
    if (obs.t < this.crisisAt + 60 || obs.t < this.nextSpeech) return [];
    if (distance(s.position, p) > 3.8) {
      this.walk(p, 0.5, obs.dt);
      return [];
    }
    this.nextSpeech = obs.t + this.rng.range(6, 9);
    const calm = calmOptions(obs);
    if (calm.length === 0) return [];
    const least = Math.min(...calm.map((o) => this.said.get(o.id) ?? 0));
    const option = this.rng.pick(calm.filter((o) => (this.said.get(o.id) ?? 0) === least));
    this.said.set(option.id, (this.said.get(option.id) ?? 0) + 1);
    return [{ type: 'SAY', optionId: option.id }];
  }
  private retreat(p: Vec2): Vec2 {
    const b = this.model.bounds;
    let best: Vec2 = [this.signals.position[0], this.signals.position[1]];
    let bestD = -1;
    for (let k = 0; k < 24; k++) {
      const a = (k / 24) * Math.PI * 2;
      const c: Vec2 = [p[0] + Math.sin(a) * 3.6, p[1] + Math.cos(a) * 3.6];
      if (c[0] < b.minX || c[0] > b.maxX || c[1] < b.minZ || c[1] > b.maxZ) continue;
      if (this.model.exits.some((e) => inTheWay(c, p, e.position))) continue;
      const d = -distance(c, this.signals.position);
      if (d > bestD || bestD === -1) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }
}

export function createGamingPolicy(name: GamingPolicyName, model: PatientModel, seed: number): TraineePolicy {
  switch (name) {
    case 'alarmAtOnce':
      return new AlarmAtOnce(model, seed);
    case 'helpAtOnce':
      return new HelpAtOnce(model, seed);
    case 'reciteMenu':
      return new ReciteMenu(model, seed);
    case 'standFar':
      return new StandFar(model, seed);
    case 'provokeThenTalk':
      return new ProvokeThenTalk(model, seed);
  }
}
