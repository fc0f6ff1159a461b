/**
 * The continuous part of the patient, as pure functions over the machine's context (domain.md §1):
 * arousal relaxes exponentially toward baseline (minutes, Zillmann), triggers are amplified by
 * residual arousal, calming works less well in a crisis, and a seeded noise term makes each seed
 * a different but reproducible patient.
 */
import { tagMask, type EvalState } from './conditions';
import type { PatientContext } from './context';
import { phaseOf, type PatientModel } from './model';
import { computeProxemics, distance } from './proxemics';
import { movePatient, standSpot, startsSeated, STAND_UP_STEP } from './movement';
import { nextRandom } from './rng';
import type { SimEffect, TraineeSignals } from './types';
import type { Act, Tone, UtteranceTag } from './vocabulary';

export interface Step {
  ctx: PatientContext;
  effects: SimEffect[];
}

const IDLE_LINE_AFTER_S = 18; // s without any line before the patient mutters again

export function evalState(ctx: PatientContext): EvalState {
  return {
    prox: ctx.prox,
    signals: ctx.signals,
    arousal: ctx.arousal,
    phaseId: ctx.phaseId,
    timeInPhase: ctx.t - ctx.phaseEnteredAt,
    elapsed: ctx.t,
    sinceUtterance: ctx.t - ctx.lastUtteranceAt,
    staringS: ctx.staringS,
    instant: ctx.instant,
    saidTags: ctx.saidTags,
    alarmRaised: ctx.alarmRaisedAt !== null,
    helpCalled: ctx.helpCalledAt !== null,
  };
}

/** Residual arousal above baseline amplifies each new trigger (excitation transfer). */
export function amplification(model: PatientModel, arousal: number): number {
  const p = model.scenario.patient;
  return 1 + p.residueGain * Math.max(0, arousal - p.baselineArousal);
}

/** Exponential relaxation toward `target` with the persona's half-life. */
export function relax(arousal: number, target: number, halfLifeS: number, dt: number): number {
  return target + (arousal - target) * Math.pow(2, -dt / halfLifeS);
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Picks a line for a use with the seeded RNG, avoiding saying the same line twice in a row. */
export function chooseLine(
  model: PatientModel,
  ctx: PatientContext,
  use: 'enter' | 'reply' | 'ignored' | 'idle' | 'ending',
  filter: { phase?: string; tags?: readonly UtteranceTag[]; ending?: string },
): { lineId: string | null; rng: number } {
  const candidates = model.linesByUse[use].filter(
    (l) =>
      (filter.phase === undefined || l.phases === undefined || l.phases.includes(filter.phase)) &&
      (filter.tags === undefined ||
        l.replyTo === undefined ||
        l.replyTo.some((t) => filter.tags?.includes(t))) &&
      (filter.ending === undefined || l.endings === undefined || l.endings.includes(filter.ending)),
  );
  const fresh = candidates.length > 1 ? candidates.filter((l) => l.id !== ctx.lastLineId) : candidates;
  if (fresh.length === 0) return { lineId: null, rng: ctx.rng };
  const [r, rng] = nextRandom(ctx.rng);
  return { lineId: fresh[Math.floor(r * fresh.length)]?.id ?? null, rng };
}

/** One tick of sim time: move the patient, derive proxemics, update arousal and hold timers. */
export function stepTick(
  model: PatientModel,
  ctx: PatientContext,
  dt: number,
  signals: TraineeSignals,
): Step {
  const t = ctx.t + dt;
  const p = model.scenario.patient;
  const cphase = phaseOf(model, ctx.phaseId);
  const motion = movePatient(model, ctx, signals, t, dt);
  const prox = computeProxemics(
    signals.position,
    signals.facing,
    motion.pos,
    motion.facing,
    model.exits,
    ctx.prox.distance,
    dt,
  );
  const staringS = signals.gaze === 'patient.face' ? ctx.staringS + dt : 0;
  const next: PatientContext = {
    ...ctx,
    t,
    instant: null,
    signals,
    prox,
    staringS,
    patientPosition: motion.pos,
    patientFacing: motion.facing,
    pose: motion.pose,
  };
  const es = evalState(next);
  const cycle = cphase.phase.cycle;
  const target = cycle === 'recovery' || cycle === 'postCrisis' ? p.exhaustedArousal : p.baselineArousal;
  let a = relax(ctx.arousal, target, p.halfLifeS, dt);
  const amp = amplification(model, ctx.arousal);
  let wasTrue = ctx.ruleWasTrue;
  let lastFired = ctx.ruleLastFired;
  for (let i = 0; i < model.rules.length; i++) {
    const r = model.rules[i]!;
    if (r.instant) continue;
    const on = r.when(es);
    if (wasTrue[r.key] !== on) {
      if (wasTrue === ctx.ruleWasTrue) wasTrue = wasTrue.slice();
      wasTrue[r.key] = on;
    }
    const gain = r.sign > 0 ? amp : cphase.phase.calmingEffect;
    if (on && r.rule.rate !== undefined) a += r.sign * r.rule.rate * dt * gain;
    else if (on && r.rule.impulse !== undefined && !ctx.ruleWasTrue[r.key]) {
      const since = t - (lastFired[r.key] ?? -Infinity);
      if (since >= (r.rule.cooldownS ?? 0)) {
        a += r.sign * r.rule.impulse * gain;
        if (lastFired === ctx.ruleLastFired) lastFired = lastFired.slice();
        lastFired[r.key] = t;
      }
    }
  }
  let rng = ctx.rng;
  if (p.noise > 0) {
    const draw = nextRandom(rng);
    const u = draw[0];
    rng = draw[1];
    a += p.noise * Math.sqrt(dt) * (u * 2 - 1) * Math.sqrt(3); // unit-variance uniform noise
  }
  next.arousal = clamp01(a);
  next.rng = rng;
  next.ruleWasTrue = wasTrue;
  next.ruleLastFired = lastFired;
  es.arousal = next.arousal;
  let holds = ctx.holds;
  for (let i = 0; i < cphase.transitions.length; i++) {
    const tr = cphase.transitions[i] as (typeof cphase.transitions)[number];
    const h = tr.forS > 0 && tr.when(es) ? (ctx.holds[i] ?? 0) + dt : 0;
    if (h !== holds[i]) {
      if (holds === ctx.holds) holds = holds.slice();
      holds[i] = h;
    }
  }
  next.holds = holds;
  const effects: SimEffect[] = [];
  if (motion.pose !== ctx.pose) effects.push({ type: 'pose', pose: motion.pose });
  if (t - ctx.lastLineAt > IDLE_LINE_AFTER_S) {
    const line = chooseLine(model, next, 'idle', { phase: ctx.phaseId });
    next.rng = line.rng;
    next.lastLineAt = t;
    if (line.lineId) {
      next.lastLineId = line.lineId;
      effects.push({ type: 'say', lineId: line.lineId });
    }
  }
  return { ctx: next, effects };
}

/** A discrete act: instant rules fire, the patient may reply, the ignored clock restarts on speech. */
export function stepAct(
  model: PatientModel,
  ctx: PatientContext,
  act: Act,
  utterance?: { tone: Tone; tags: readonly UtteranceTag[] },
): Step {
  const next: PatientContext = { ...ctx, instant: { act, ...utterance } };
  if (act === 'say') next.lastUtteranceAt = ctx.t;
  // Rules see what was said before this utterance; the new tags count from the next event on.
  const saidAfter = ctx.saidTags | tagMask(utterance?.tags ?? []);
  if (act === 'alarm' && next.alarmRaisedAt === null) next.alarmRaisedAt = ctx.t;
  if (act === 'help' && next.helpCalledAt === null) next.helpCalledAt = ctx.t;
  const es = evalState(next);
  const cphase = phaseOf(model, ctx.phaseId);
  const amp = amplification(model, ctx.arousal);
  let a = ctx.arousal;
  const lastFired = ctx.ruleLastFired.slice();
  for (const r of model.rules) {
    if (!r.instant || !r.when(es)) continue;
    if (ctx.t - (lastFired[r.key] ?? -Infinity) < (r.rule.cooldownS ?? 0)) continue;
    a += r.sign * (r.rule.impulse ?? 0) * (r.sign > 0 ? amp : cphase.phase.calmingEffect);
    lastFired[r.key] = ctx.t;
  }
  next.arousal = clamp01(a);
  next.ruleLastFired = lastFired;
  next.saidTags = saidAfter;
  const effects: SimEffect[] = [];
  if (act === 'alarm') effects.push({ type: 'sound', sound: 'alarm' });
  const use = act === 'ignored' ? 'ignored' : act === 'say' ? 'reply' : null;
  if (use) {
    const line = chooseLine(model, next, use, { phase: ctx.phaseId, tags: utterance?.tags ?? [] });
    next.rng = line.rng;
    if (line.lineId) {
      next.lastLineId = line.lineId;
      next.lastLineAt = ctx.t;
      effects.push({ type: 'say', lineId: line.lineId });
    }
  }
  return { ctx: next, effects };
}

/** Entering a phase: pose, cues on/off, an entry line. */
export function enterPhase(model: PatientModel, ctx: PatientContext, phaseId: string): Step {
  const from = phaseOf(model, ctx.phaseId);
  const to = phaseOf(model, phaseId);
  const seat = model.scenario.setting.patientStart.position;
  const seated = to.phase.pose === 'sitting' || to.phase.pose === 'slumped';
  const pose = seated && distance(ctx.patientPosition, [seat[0], seat[1]]) > 0.05 ? 'pacing' : to.phase.pose;
  const next: PatientContext = {
    ...ctx,
    phaseId,
    phaseEnteredAt: ctx.t,
    pose,
    anchor:
      startsSeated(model) && distance(ctx.patientPosition, [seat[0], seat[1]]) < STAND_UP_STEP
        ? standSpot(model)
        : ctx.patientPosition,
    holds: to.transitions.map(() => 0),
  };
  const effects: SimEffect[] = [
    { type: 'phase', phase: phaseId, cycle: to.phase.cycle },
    { type: 'pose', pose },
  ];
  const initial = from === to;
  for (const c of from.cues)
    if (initial || !to.cues.some((x) => x.id === c.id)) {
      if (!initial) effects.push({ type: 'cue', cueId: c.id, behaviour: c.behaviour, on: false });
    }
  for (const c of to.cues)
    if (initial || !from.cues.some((x) => x.id === c.id))
      effects.push({ type: 'cue', cueId: c.id, behaviour: c.behaviour, on: true });
  const line = chooseLine(model, next, 'enter', { phase: phaseId });
  next.rng = line.rng;
  if (line.lineId) {
    next.lastLineId = line.lineId;
    next.lastLineAt = ctx.t;
    effects.push({ type: 'say', lineId: line.lineId });
  }
  return { ctx: next, effects };
}

/** Reaching an ending: cues go off, the outcome is announced, a closing line may be said. */
export function enterEnding(model: PatientModel, ctx: PatientContext, endingId: string): Step {
  const ending = model.endings.get(endingId);
  const effects: SimEffect[] = [];
  for (const c of phaseOf(model, ctx.phaseId).cues)
    effects.push({ type: 'cue', cueId: c.id, behaviour: c.behaviour, on: false });
  if (ending?.on === 'alarm' || ending?.on === 'help') effects.push({ type: 'sound', sound: 'helpArrives' });
  if (ending?.on === 'withdraw') effects.push({ type: 'sound', sound: 'door' });
  effects.push({ type: 'ending', ending: endingId, kind: ending?.kind ?? 'neutral' });
  const line = chooseLine(model, ctx, 'ending', { ending: endingId });
  const next = { ...ctx, rng: line.rng, pending: null };
  if (line.lineId) {
    next.lastLineId = line.lineId;
    effects.push({ type: 'say', lineId: line.lineId });
  }
  return { ctx: next, effects };
}
