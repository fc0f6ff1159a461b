/**
 * Multiple-choice options for a probe (distractors drawn from the scenario) and scoring an answer
 * against the truth at the freeze. Values are ids from the sim vocabulary or the scenario; the UI
 * labels vocabulary values through i18n and scenario values through their `label` text.
 */
import type { Probe, Scenario, Text } from '../scenario';
import { CUE_BEHAVIOURS, CYCLE_PHASES, PROJECTION_ANSWERS, RISK_BANDS, Rng } from '../sim';
import { shuffle } from './freeze';
import { NOTHING, type ProbeTruth } from './truth';

export interface AnswerOption {
  value: string;
  /** Scenario text (exits, objects); vocabulary values have none and are labelled by the UI. */
  label?: Text;
}

export interface AnswerChoices {
  /** cuesPresent asks for every sign seen (checkboxes); the others take one answer. */
  multiple: boolean;
  options: AnswerOption[];
}

export type ProbeAnswer = string | string[];

/** At most this many options for patientHolds: the truth, "nothing" and distractors (design). */
const MAX_HOLD_OPTIONS = 4;

export function answerChoices(
  scenario: Scenario,
  probe: Probe,
  truth: ProbeTruth,
  seed: number,
): AnswerChoices {
  const vocab = (values: readonly string[]) => values.map((value) => ({ value }));
  switch (probe.kind) {
    case 'cuesPresent':
      return { multiple: true, options: vocab(CUE_BEHAVIOURS) };
    case 'phase':
      return { multiple: false, options: vocab(CYCLE_PHASES) };
    case 'riskBand':
      return { multiple: false, options: vocab(RISK_BANDS) };
    case 'projection':
      return { multiple: false, options: vocab(PROJECTION_ANSWERS) };
    case 'nearestExit':
      return {
        multiple: false,
        options: scenario.setting.exits.map((e) => ({ value: e.id, label: e.label })),
      };
    case 'patientHolds': {
      const rng = new Rng(seed);
      const objects = scenario.setting.objects;
      const truthObj = objects.find((o) => o.id === truth.value);
      // Distractors: objects that could become weapons first, then the rest (the scenario's own props).
      const others = shuffle(
        objects.filter((o) => o.id !== truth.value),
        rng,
      ).sort((a, b) => Number(b.weapon) - Number(a.weapon));
      const picked = [...(truthObj ? [truthObj] : []), ...others].slice(0, MAX_HOLD_OPTIONS - 1);
      return {
        multiple: false,
        options: [
          ...shuffle(
            picked.map((o) => ({ value: o.id, label: o.label })),
            rng,
          ),
          { value: NOTHING },
        ],
      };
    }
  }
}

/** The options shown at freeze number `freeze` of a run with `seed`: the one place that seeds them. */
export function freezeChoices(
  scenario: Scenario,
  probe: Probe,
  truth: ProbeTruth,
  seed: number,
  freeze: number,
): AnswerChoices {
  return answerChoices(scenario, probe, truth, seed + freeze);
}

/** SAGAT scoring: right or wrong against the truth; a set of signs is right only when it matches exactly. */
export function isCorrect(truth: ProbeTruth, answer: ProbeAnswer | null): boolean {
  if (answer === null) return false;
  if (truth.kind === 'cuesPresent') {
    const given = new Set(Array.isArray(answer) ? answer : [answer]);
    return given.size === truth.value.length && truth.value.every((c) => given.has(c));
  }
  return !Array.isArray(answer) && answer === truth.value;
}
