/**
 * A scenario compiled for fast ticking: lookups by id, compiled predicates, lines grouped by use.
 * Built once per machine; never changes while a run ticks.
 */
import type {
  Ending,
  Line,
  Phase,
  Proportionality,
  Recovery,
  Relevance,
  Rule,
  ScenarioSpec as Scenario,
  UtteranceOption,
} from './spec';
import { compileCondition, usesInstant, type Predicate } from './conditions';
import type { ExitPoint } from './proxemics';
import { ASKS, type CueBehaviour } from './vocabulary';

/**
 * Relevance and repetition unless the persona says otherwise (design, after domain.md §1-§2: an
 * answer that ignores what he asked calms a third as well and irritates a little; the
 * same kind of line said again works 0.75 times as well each time).
 */
export const RELEVANCE: Relevance = {
  ignoredAskFactor: 0.3,
  ignoredAskImpulse: 0.03,
  repeatFactor: 0.75,
  passedOverGrowth: 0.5,
};

/**
 * Recovery unless the persona says otherwise (design, after domain.md §1: after a crisis arousal
 * falls slowly, and the recovery phase is a window in which a new trigger re-escalates): the floor
 * falls with half the persona's own half-life, and a trigger in a recovery-cycle phase works twice.
 * A half-life of 0 turns the floor off (the graph check, whose states do not keep when the crisis
 * was left).
 */
export function recoveryOf(patient: Scenario['patient']): Recovery {
  return { halfLifeS: patient.halfLifeS / 2, triggerGain: 1, ...patient.recovery };
}

/**
 * When help is proportionate unless the scenario says otherwise (design, after domain.md §4: the
 * Brøset count's moderate band calls for preventive measures, a colleague, from 2 signs; 3 or more
 * is high risk, where the personal alarm is right). After a crisis both are always proportionate.
 */
export const PROPORTIONALITY: Proportionality = { helpFromCues: 2, alarmFromCues: 3 };

/** Bit mask of asks (the utterance tags' bits, then `space`). */
export const askMask = (asks: readonly string[] | undefined): number =>
  (asks ?? []).reduce((m, a) => m | (1 << (ASKS as readonly string[]).indexOf(a)), 0);

export interface CompiledRule {
  rule: Rule;
  key: number;
  /** +1 for triggers (raise arousal), -1 for calming. */
  sign: 1 | -1;
  when: Predicate;
  /** Reacts to discrete acts (an utterance, the alarm...) rather than a continuing situation. */
  instant: boolean;
}

export interface CompiledTransition {
  to: string;
  isEnding: boolean;
  when: Predicate;
  forS: number;
}

export interface CompiledPhase {
  phase: Phase;
  transitions: CompiledTransition[];
  cues: { id: string; behaviour: CueBehaviour }[];
}

export interface PatientModel {
  scenario: Scenario;
  phases: Map<string, CompiledPhase>;
  endings: Map<string, Ending>;
  options: Map<string, UtteranceOption>;
  lines: Map<string, Line>;
  linesByUse: Record<Line['on'], Line[]>;
  rules: CompiledRule[];
  exits: ExitPoint[];
  bounds: { minX: number; maxX: number; minZ: number; maxZ: number };
  relevance: Relevance;
  recovery: Recovery;
  proportionality: Proportionality;
  /** Per line id: what it asks of the trainee (askMask). */
  lineAsks: Map<string, number>;
}

export function compileModel(scenario: Scenario): PatientModel {
  const endings = new Map(scenario.endings.map((e) => [e.id, e]));
  const cueById = new Map(scenario.cues.map((c) => [c.id, c]));
  const phases = new Map<string, CompiledPhase>();
  for (const phase of scenario.phases) {
    phases.set(phase.id, {
      phase,
      transitions: phase.transitions.map((tr) => ({
        to: tr.to,
        isEnding: endings.has(tr.to),
        when: compileCondition(tr.when),
        forS: tr.forS ?? 0,
      })),
      cues: phase.cues.flatMap((id) => {
        const cue = cueById.get(id);
        return cue ? [{ id: cue.id, behaviour: cue.behaviour }] : [];
      }),
    });
  }
  let key = 0;
  const compileRules = (rules: Rule[], sign: 1 | -1): CompiledRule[] =>
    rules.map((rule) => ({
      rule,
      key: key++,
      sign,
      when: compileCondition(rule.when),
      instant: usesInstant(rule.when),
    }));
  const linesByUse: PatientModel['linesByUse'] = { enter: [], reply: [], ignored: [], idle: [], ending: [] };
  for (const line of scenario.lines) linesByUse[line.on].push(line);
  const margin = 0.35;
  return {
    scenario,
    phases,
    endings,
    options: new Map(scenario.options.map((o) => [o.id, o])),
    lines: new Map(scenario.lines.map((l) => [l.id, l])),
    linesByUse,
    relevance: { ...RELEVANCE, ...scenario.patient.relevance },
    recovery: recoveryOf(scenario.patient),
    proportionality: { ...PROPORTIONALITY, ...scenario.proportionality },
    lineAsks: new Map(scenario.lines.map((l) => [l.id, askMask(l.asks)])),
    rules: [
      ...compileRules(scenario.patient.sensitivities.triggers, 1),
      ...compileRules(scenario.patient.sensitivities.calming, -1),
    ],
    exits: scenario.setting.exits.map((e) => ({ id: e.id, position: [e.position[0], e.position[1]] })),
    bounds: {
      minX: -scenario.setting.width / 2 + margin,
      maxX: scenario.setting.width / 2 - margin,
      minZ: -scenario.setting.depth / 2 + margin,
      maxZ: scenario.setting.depth / 2 - margin,
    },
  };
}

export function phaseOf(model: PatientModel, id: string): CompiledPhase {
  const p = model.phases.get(id);
  if (!p) throw new Error(`unknown phase ${id}`);
  return p;
}
