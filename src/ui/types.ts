import type { Scenario } from '../scenario';

export interface LoadProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** One bundled scenario file: parsed, or the problems that stopped it. */
export type ScenarioEntry =
  { file: string; ok: true; scenario: Scenario } | { file: string; ok: false; problems: LoadProblem[] };
