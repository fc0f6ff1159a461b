/**
 * Compiles the named-condition vocabulary of scenario files into plain predicates. Nothing is
 * evaluated from text: each key maps to a fixed piece of code here (design.md §3).
 */
import type { Condition } from './spec';
import type { Proxemics, TraineeSignals } from './types';
import { TONE_FORCE, UTTERANCE_TAGS, type Act, type Tone, type UtteranceTag } from './vocabulary';

export const tagMask = (tags: readonly UtteranceTag[]): number =>
  tags.reduce((m, t) => m | (1 << UTTERANCE_TAGS.indexOf(t)), 0);

/** What a condition can see at one instant. */
export interface EvalState {
  prox: Proxemics;
  signals: TraineeSignals;
  arousal: number;
  phaseId: string;
  timeInPhase: number;
  elapsed: number;
  sinceUtterance: number;
  staringS: number;
  /** The act being processed right now, if any (utterance conditions are true only then). */
  instant: { act: Act; tone?: Tone; tags?: readonly UtteranceTag[] } | null;
  /** Bit mask over UTTERANCE_TAGS of everything the trainee has said so far. */
  saidTags: number;
  alarmRaised: boolean;
  helpCalled: boolean;
}

export type Predicate = (s: EvalState) => boolean;

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** Keys that describe a discrete act rather than a continuing situation. */
export const INSTANT_KEYS = ['tone', 'toneAtLeast', 'utteranceTag', 'act'] as const;

export function usesInstant(c: Condition): boolean {
  if (INSTANT_KEYS.some((k) => c[k] !== undefined)) return true;
  return [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].some(usesInstant);
}

function compileKey(c: Condition): Predicate[] {
  const p: Predicate[] = [];
  if (c.distanceBelow !== undefined) {
    const v = c.distanceBelow;
    p.push((s) => s.prox.distance < v);
  }
  if (c.distanceAbove !== undefined) {
    const v = c.distanceAbove;
    p.push((s) => s.prox.distance > v);
  }
  if (c.zone !== undefined) {
    const v = asList(c.zone);
    p.push((s) => v.includes(s.prox.zone));
  }
  if (c.closingSpeedAbove !== undefined) {
    const v = c.closingSpeedAbove;
    p.push((s) => s.prox.closingSpeed > v);
  }
  if (c.closingSpeedBelow !== undefined) {
    const v = c.closingSpeedBelow;
    p.push((s) => s.prox.closingSpeed < v);
  }
  if (c.headHeightAbove !== undefined) {
    const v = c.headHeightAbove;
    p.push((s) => s.signals.headHeight > v);
  }
  if (c.headHeightBelow !== undefined) {
    const v = c.headHeightBelow;
    p.push((s) => s.signals.headHeight < v);
  }
  if (c.stance !== undefined) {
    const v = c.stance;
    p.push((s) => s.signals.stance === v);
  }
  if (c.hands !== undefined) {
    const v = asList(c.hands);
    p.push((s) => v.includes(s.signals.hands));
  }
  if (c.gazeOn !== undefined) {
    const v = c.gazeOn;
    p.push((s) => s.signals.gaze === v);
  }
  if (c.staringAboveS !== undefined) {
    const v = c.staringAboveS;
    p.push((s) => s.staringS > v);
  }
  if (c.blockingExit !== undefined) {
    const v = c.blockingExit;
    p.push((s) => s.prox.blockingExit === v);
  }
  if (c.ownExitClear !== undefined) {
    const v = c.ownExitClear;
    p.push((s) => s.prox.ownExitClear === v);
  }
  if (c.tone !== undefined) {
    const v = asList(c.tone);
    p.push((s) => s.instant?.tone !== undefined && v.includes(s.instant.tone));
  }
  if (c.toneAtLeast !== undefined) {
    const v = TONE_FORCE[c.toneAtLeast];
    p.push((s) => s.instant?.tone !== undefined && TONE_FORCE[s.instant.tone] >= v);
  }
  if (c.utteranceTag !== undefined) {
    const v = asList(c.utteranceTag);
    p.push((s) => s.instant?.tags?.some((t) => v.includes(t)) ?? false);
  }
  if (c.act !== undefined) {
    const v = asList(c.act);
    p.push((s) => s.instant !== null && v.includes(s.instant.act));
  }
  if (c.saidBefore !== undefined) {
    const mask = tagMask(asList(c.saidBefore));
    p.push((s) => (s.saidTags & mask) !== 0);
  }
  if (c.ignoredForAboveS !== undefined) {
    const v = c.ignoredForAboveS;
    p.push((s) => s.sinceUtterance > v);
  }
  if (c.timeInPhaseAboveS !== undefined) {
    const v = c.timeInPhaseAboveS;
    p.push((s) => s.timeInPhase > v);
  }
  if (c.elapsedAboveS !== undefined) {
    const v = c.elapsedAboveS;
    p.push((s) => s.elapsed > v);
  }
  if (c.phase !== undefined) {
    const v = asList(c.phase);
    p.push((s) => v.includes(s.phaseId));
  }
  if (c.arousalAbove !== undefined) {
    const v = c.arousalAbove;
    p.push((s) => s.arousal > v);
  }
  if (c.arousalBelow !== undefined) {
    const v = c.arousalBelow;
    p.push((s) => s.arousal < v);
  }
  if (c.alarmRaised !== undefined) {
    const v = c.alarmRaised;
    p.push((s) => s.alarmRaised === v);
  }
  if (c.helpCalled !== undefined) {
    const v = c.helpCalled;
    p.push((s) => s.helpCalled === v);
  }
  if (c.all) {
    const parts = c.all.map(compileCondition);
    p.push((s) => parts.every((f) => f(s)));
  }
  if (c.any) {
    const parts = c.any.map(compileCondition);
    p.push((s) => parts.some((f) => f(s)));
  }
  if (c.not) {
    const inner = compileCondition(c.not);
    p.push((s) => !inner(s));
  }
  return p;
}

/** Several keys in one condition must all hold. */
export function compileCondition(c: Condition): Predicate {
  const parts = compileKey(c);
  if (parts.length === 1) return parts[0] as Predicate;
  return (s) => {
    for (const f of parts) if (!f(s)) return false;
    return true;
  };
}

/** Every phase id a condition mentions (for reference checks). */
export function phasesMentioned(c: Condition, out: string[] = []): string[] {
  if (c.phase !== undefined) out.push(...asList(c.phase));
  for (const sub of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])])
    phasesMentioned(sub, out);
  return out;
}

/** Every gaze target a condition mentions (for reference checks). */
export function gazeTargetsMentioned(c: Condition, out: string[] = []): string[] {
  if (c.gazeOn !== undefined) out.push(c.gazeOn);
  for (const sub of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])])
    gazeTargetsMentioned(sub, out);
  return out;
}
