/**
 * "Surprise me" (issue 20): each run may meet a variant of the scenario's persona, its traits drawn
 * from the ranges the scenario gives (`patient.vary`), seeded, so the same scenario plays
 * differently and cannot be learnt by heart. The draw is an input of the run: the sim logs it first
 * and every replay reads it back from the log (personaOf), so a variant replays exactly.
 */
import { Rng } from './rng';
import type { PatientSpec, ScenarioSpec } from './spec';
import type { LogEntry } from './types';

/** The ranges a scenario allows; every one optional. Weights multiply a rule's rate or impulse. */
export interface PersonaRanges {
  baselineArousal?: Range;
  initialArousal?: Range;
  halfLifeS?: Range;
  residueGain?: Range;
  /** Seconds until help or the alarm brings someone (endings `on: help` / `on: alarm`). */
  helpAfterS?: Range;
  /** Per trigger or calming rule id: how much it weighs for this variant (× rate or impulse). */
  weights?: Record<string, Range>;
}
export type Range = readonly [number, number];

/** One variant: the values drawn. */
export interface PersonaDraw {
  baselineArousal?: number;
  initialArousal?: number;
  halfLifeS?: number;
  residueGain?: number;
  helpAfterS?: number;
  weights: Record<string, number>;
}

const PERSONA_STREAM = 0x70657273; // 'pers': apart from the patient's and the menu's draws
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const TRAITS = ['baselineArousal', 'initialArousal', 'halfLifeS', 'residueGain', 'helpAfterS'] as const;

/** The variant a seed draws from the scenario's ranges; null when the scenario gives none. */
export function drawPersona(scenario: ScenarioSpec, seed: number): PersonaDraw | null {
  const vary = scenario.patient.vary;
  if (!vary) return null;
  const rng = new Rng((seed ^ PERSONA_STREAM) >>> 0);
  const draw: PersonaDraw = { weights: {} };
  for (const k of TRAITS) {
    const range = vary[k];
    if (range) draw[k] = r3(rng.range(range[0], range[1]));
  }
  // Rules in the file's order, so a draw does not depend on how the ranges were written.
  const rules = [...scenario.patient.sensitivities.triggers, ...scenario.patient.sensitivities.calming];
  for (const rule of rules) {
    const range = vary.weights?.[rule.id];
    if (range) draw.weights[rule.id] = r3(rng.range(range[0], range[1]));
  }
  return draw;
}

/** The scenario as this variant's patient: the drawn traits in place, each weighted rule scaled. */
export function applyPersona<S extends ScenarioSpec>(scenario: S, draw: PersonaDraw): S {
  const p = scenario.patient;
  const weigh = (rules: PatientSpec['sensitivities']['triggers']) =>
    rules.map((r) => {
      const w = draw.weights[r.id];
      if (w === undefined) return r;
      return {
        ...r,
        ...(r.rate !== undefined ? { rate: r.rate * w } : {}),
        ...(r.impulse !== undefined ? { impulse: r.impulse * w } : {}),
      };
    });
  const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
  const patient: PatientSpec = {
    ...p,
    ...(draw.baselineArousal !== undefined ? { baselineArousal: clamp01(draw.baselineArousal) } : {}),
    ...(draw.initialArousal !== undefined ? { initialArousal: clamp01(draw.initialArousal) } : {}),
    ...(draw.halfLifeS !== undefined ? { halfLifeS: Math.max(1, draw.halfLifeS) } : {}),
    ...(draw.residueGain !== undefined ? { residueGain: Math.max(0, draw.residueGain) } : {}),
    sensitivities: { triggers: weigh(p.sensitivities.triggers), calming: weigh(p.sensitivities.calming) },
  };
  const help = draw.helpAfterS;
  const endings =
    help === undefined
      ? scenario.endings
      : scenario.endings.map((e) => (e.on === 'help' || e.on === 'alarm' ? { ...e, afterS: help } : e));
  return { ...scenario, patient, endings };
}

/** The variant a run met, from its log (null: the scenario's own persona). */
export function personaOf(log: readonly LogEntry[]): PersonaDraw | null {
  for (const e of log) if (e.kind === 'persona') return e.persona;
  return null;
}
