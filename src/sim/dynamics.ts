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
import { UTTERANCE_TAGS, type Act, type OutcomeKind, type Tone, type UtteranceTag } from './vocabulary';

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

/** Residual arousal amplification, and in a recovery-cycle phase the re-escalation window's gain. */
function triggerGain(model: PatientModel, arousal: number, cycle: string): number {
  const amp = amplification(model, arousal);
  return cycle === 'recovery' ? amp * (1 + model.recovery.triggerGain) : amp;
}

/**
 * The recovery floor (domain.md §1): after a crisis is left, arousal falls no faster than the
 * recovery half-life from where it stood then, toward the phase's target, whatever calms him.
 */
export function recoveryFloor(model: PatientModel, ctx: PatientContext, t: number, target: number): number {
  const left = ctx.crisisLeft;
  if (!left || model.recovery.halfLifeS <= 0 || left.arousal <= target) return 0;
  return relax(left.arousal, target, model.recovery.halfLifeS, t - left.t);
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
  const recovering = cycle === 'recovery' || cycle === 'postCrisis';
  const target = recovering ? p.exhaustedArousal : p.baselineArousal;
  let a = relax(ctx.arousal, target, p.halfLifeS, dt);
  const amp = triggerGain(model, ctx.arousal, cycle);
  // Feeling unheard (his last ask passed over) takes the edge off every calming presence too.
  const calmGain = cphase.phase.calmingEffect * (ctx.unheard ? model.relevance.ignoredAskFactor : 1);
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
    const gain = r.sign > 0 ? amp : calmGain;
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
  if (recovering) a = Math.max(a, recoveryFloor(model, ctx, t, target));
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
      next.openAsk = model.lineAsks.get(line.lineId) || ctx.openAsk; // muttering keeps an open ask
      effects.push({ type: 'say', lineId: line.lineId });
    }
  }
  return { ctx: next, effects };
}

/**
 * How well what is said now can calm (issue 21; design, after domain.md §1-§2): weighed against
 * what his last line asked for (an answer that ignores it calms less and irritates), and against
 * what was said before (each earlier line of the same kind, counted by the line's least-used tag,
 * works less well).
 */
export function relevanceOf(
  model: PatientModel,
  ctx: PatientContext,
  tags: readonly UtteranceTag[],
  optionId?: string,
): { calming: number; ignoredAsk: boolean; repeats: number } {
  const r = model.relevance;
  const ignoredAsk = ctx.openAsk !== 0 && (ctx.openAsk & tagMask(tags)) === 0;
  // The same sentence again counts as one more repeat of its kind.
  const again = optionId !== undefined && ctx.saidOptions.includes(optionId) ? 1 : 0;
  const repeats =
    again + (tags.length ? Math.min(...tags.map((t) => ctx.saidCount[UTTERANCE_TAGS.indexOf(t)] ?? 0)) : 0);
  return {
    calming: (ignoredAsk ? r.ignoredAskFactor : 1) * Math.pow(r.repeatFactor, repeats),
    ignoredAsk,
    repeats,
  };
}

/** A discrete act: instant rules fire, the patient may reply, the ignored clock restarts on speech. */
export function stepAct(
  model: PatientModel,
  ctx: PatientContext,
  act: Act,
  utterance?: { tone: Tone; tags: readonly UtteranceTag[]; optionId?: string },
): Step {
  const next: PatientContext = {
    ...ctx,
    instant: utterance ? { act, tone: utterance.tone, tags: utterance.tags } : { act },
  };
  if (act === 'say') next.lastUtteranceAt = ctx.t;
  // Rules see what was said before this utterance; the new tags count from the next event on.
  const saidAfter = ctx.saidTags | tagMask(utterance?.tags ?? []);
  if (act === 'alarm' && next.alarmRaisedAt === null) next.alarmRaisedAt = ctx.t;
  if (act === 'help' && next.helpCalledAt === null) next.helpCalledAt = ctx.t;
  const es = evalState(next);
  const cphase = phaseOf(model, ctx.phaseId);
  if ((act === 'alarm' || act === 'help') && ctx.response === null) {
    const cues = new Set(cphase.cues.map((c) => c.behaviour)).size;
    const from = act === 'alarm' ? model.proportionality.alarmFromCues : model.proportionality.helpFromCues;
    next.response = { act, t: ctx.t, cues, from, proportionate: cues >= from || ctx.crisisSeen };
  }
  const amp = triggerGain(model, ctx.arousal, cphase.phase.cycle);
  const rel = act === 'say' && utterance ? relevanceOf(model, ctx, utterance.tags, utterance.optionId) : null;
  const calmGain = cphase.phase.calmingEffect * (rel?.calming ?? 1);
  // Passing over what he asked stings, and more for every ask passed over before.
  const sting = rel?.ignoredAsk
    ? model.relevance.ignoredAskImpulse * amp * (1 + model.relevance.passedOverGrowth * ctx.passedOver)
    : 0;
  let a = ctx.arousal + sting;
  const lastFired = ctx.ruleLastFired.slice();
  for (const r of model.rules) {
    if (!r.instant || !r.when(es)) continue;
    if (ctx.t - (lastFired[r.key] ?? -Infinity) < (r.rule.cooldownS ?? 0)) continue;
    a += r.sign * (r.rule.impulse ?? 0) * (r.sign > 0 ? amp : calmGain);
    lastFired[r.key] = ctx.t;
  }
  const cycle = cphase.phase.cycle;
  if (cycle === 'recovery' || cycle === 'postCrisis') {
    const p = model.scenario.patient;
    const target = p.exhaustedArousal;
    a = Math.max(a, Math.min(ctx.arousal, recoveryFloor(model, ctx, ctx.t, target)));
  }
  next.arousal = clamp01(a);
  next.ruleLastFired = lastFired;
  next.saidTags = saidAfter;
  if (act === 'say' && utterance) {
    const counts = ctx.saidCount.slice();
    for (const tag of utterance.tags) counts[UTTERANCE_TAGS.indexOf(tag)]!++;
    next.saidCount = counts;
    if (utterance.optionId !== undefined && !ctx.saidOptions.includes(utterance.optionId))
      next.saidOptions = [...ctx.saidOptions, utterance.optionId];
    next.openAsk = 0; // answered or passed over; his reply says what he wants next
    next.unheard = rel?.ignoredAsk ?? false;
    if (rel?.ignoredAsk) next.passedOver = ctx.passedOver + 1;
  }
  const effects: SimEffect[] = [];
  if (act === 'alarm') effects.push({ type: 'sound', sound: 'alarm' });
  const use = act === 'ignored' ? 'ignored' : act === 'say' ? 'reply' : null;
  if (use) {
    const line = chooseLine(model, next, use, { phase: ctx.phaseId, tags: utterance?.tags ?? [] });
    next.rng = line.rng;
    if (line.lineId) {
      next.lastLineId = line.lineId;
      next.lastLineAt = ctx.t;
      const asks = model.lineAsks.get(line.lineId) ?? 0;
      if (use === 'reply' || asks !== 0) next.openAsk = asks;
      effects.push({ type: 'say', lineId: line.lineId });
    }
  }
  return { ctx: next, effects };
}

/** The largest step an instructor's nudge moves arousal by. */
export const MAX_NUDGE = 0.2;

/** The instructor's act: the patient says a line of the scenario, or his arousal moves by a step. */
export function stepInstruct(
  model: PatientModel,
  ctx: PatientContext,
  ev: { act: 'line'; lineId: string } | { act: 'nudge'; delta: number },
): Step {
  if (ev.act === 'nudge') {
    const d = Math.max(-MAX_NUDGE, Math.min(MAX_NUDGE, ev.delta));
    return { ctx: { ...ctx, arousal: clamp01(ctx.arousal + d) }, effects: [] };
  }
  if (!model.lines.has(ev.lineId)) return { ctx, effects: [] };
  const asks = model.lineAsks.get(ev.lineId) ?? 0;
  return {
    ctx: { ...ctx, lastLineId: ev.lineId, lastLineAt: ctx.t, openAsk: asks || ctx.openAsk },
    effects: [{ type: 'say', lineId: ev.lineId }],
  };
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
    crisisSeen: ctx.crisisSeen || to.phase.cycle === 'crisis',
    crisisLeft:
      from.phase.cycle === 'crisis' && to.phase.cycle !== 'crisis'
        ? { t: ctx.t, arousal: ctx.arousal }
        : ctx.crisisLeft,
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
    next.openAsk = model.lineAsks.get(line.lineId) ?? 0;
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
  // Help or the alarm before the situation warranted it: safe, but the response was escalated.
  const early = (ending?.on === 'alarm' || ending?.on === 'help') && ctx.response?.proportionate === false;
  // A good ending reached only after a crisis: calm again, but the crisis happened.
  const authored = ending?.kind ?? 'neutral';
  const kind: OutcomeKind = early
    ? 'disproportionate'
    : authored === 'good' && ctx.crisisSeen
      ? 'afterCrisis'
      : authored;
  effects.push({ type: 'ending', ending: endingId, kind });
  const line = chooseLine(model, ctx, 'ending', { ending: endingId });
  const next = { ...ctx, rng: line.rng, pending: null, outcomeKind: kind };
  if (line.lineId) {
    next.lastLineId = line.lineId;
    effects.push({ type: 'say', lineId: line.lineId });
  }
  return { ctx: next, effects };
}
