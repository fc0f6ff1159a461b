import type { Proxemics, SimEffect, TraineeSignals, Vec2 } from './types';
import {
  UTTERANCE_TAGS,
  type Act,
  type OutcomeKind,
  type Pose,
  type Tone,
  type UtteranceTag,
} from './vocabulary';
import type { PatientModel } from './model';
import { computeProxemics } from './proxemics';
import { seedState } from './rng';
import { startSignals } from './types';

/** The patient machine's context: everything continuous about the encounter. */
export interface PatientContext {
  t: number;
  rng: number;
  arousal: number;
  phaseId: string;
  phaseEnteredAt: number;
  pose: Pose;
  lastUtteranceAt: number;
  staringS: number;
  patientPosition: Vec2;
  patientFacing: number;
  /** Anchor for pacing, set when a phase is entered. */
  anchor: Vec2;
  signals: TraineeSignals;
  prox: Proxemics;
  /** Seconds each transition condition of the current phase has held. */
  holds: number[];
  /** Per rule: was its condition true last tick (edge detection for impulses), last fire time. */
  ruleWasTrue: boolean[];
  ruleLastFired: number[];
  alarmRaisedAt: number | null;
  helpCalledAt: number | null;
  pending: { ending: string; at: number } | null;
  lastLineId: string | null;
  lastLineAt: number;
  /** Bit mask of utterance tags said so far (conditions: saidBefore). */
  saidTags: number;
  /** Times each utterance tag (UTTERANCE_TAGS order) has been said: repetition loses effect. */
  saidCount: readonly number[];
  /** What the patient's last line asked of the trainee and is not yet answered (askMask; 0: nothing). */
  openAsk: number;
  /** Option ids said so far. */
  saidOptions: readonly string[];
  /** The trainee's last line passed over what he asked: calming works less until he is answered. */
  unheard: boolean;
  /** The first call for help or alarm, and whether the situation then warranted it. */
  response: Response | null;
  /** A crisis-cycle phase has been entered in this run. */
  crisisSeen: boolean;
  /** Asks of his passed over so far (each makes the next irritation stronger: relevance.passedOverGrowth). */
  passedOver: number;
  /** When the last crisis-cycle phase was left, and his arousal then (the recovery floor). */
  crisisLeft: { t: number; arousal: number } | null;
  /** The outcome's kind once an ending is reached (the ending's own, or disproportionate). */
  outcomeKind: OutcomeKind | null;
  instant: { act: Act; tone?: Tone; tags?: readonly UtteranceTag[] } | null;
  /** Effects of the last tick, dispatched by the Simulation (see machine.ts `tick`). */
  tickEffects: readonly SimEffect[];
}

export interface Response {
  act: 'alarm' | 'help';
  t: number;
  /** Brøset behaviours shown then, and the count from which the scenario calls the act proportionate. */
  cues: number;
  from: number;
  proportionate: boolean;
}

export interface MachineInput {
  seed: number;
}

export function initialSignals(model: PatientModel): TraineeSignals {
  return startSignals(model.scenario.setting.traineeStart);
}

export function initialContext(model: PatientModel, seed: number): PatientContext {
  const sc = model.scenario;
  const first = sc.phases[0];
  if (!first) throw new Error('a scenario needs phases');
  const start = sc.setting.patientStart;
  const patientPosition: Vec2 = [start.position[0], start.position[1]];
  const patientFacing = (start.facingDeg * Math.PI) / 180;
  const signals = initialSignals(model);
  return {
    t: 0,
    rng: seedState(seed),
    arousal: sc.patient.initialArousal,
    phaseId: first.id,
    phaseEnteredAt: 0,
    pose: first.pose,
    lastUtteranceAt: 0,
    staringS: 0,
    patientPosition,
    patientFacing,
    anchor: patientPosition,
    signals,
    prox: computeProxemics(
      signals.position,
      signals.facing,
      patientPosition,
      patientFacing,
      model.exits,
      null,
      0,
    ),
    holds: first.transitions.map(() => 0),
    ruleWasTrue: model.rules.map(() => false),
    ruleLastFired: model.rules.map(() => -Infinity),
    alarmRaisedAt: null,
    helpCalledAt: null,
    pending: null,
    lastLineId: null,
    lastLineAt: -Infinity,
    saidTags: 0,
    saidCount: UTTERANCE_TAGS.map(() => 0),
    openAsk: 0,
    saidOptions: [],
    unheard: false,
    response: null,
    crisisSeen: first.cycle === 'crisis',
    passedOver: 0,
    crisisLeft: null,
    outcomeKind: null,
    tickEffects: [],
    instant: null,
  };
}
