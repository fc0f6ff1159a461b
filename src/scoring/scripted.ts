/**
 * The SA score a scripted run earns in the debrief: the run re-simulated from its log, its process
 * indicators, and no probe answered (scripts do not answer SAGAT freezes). Used by the gaming table
 * (scripts/gaming.ts) and its test.
 */
import type { Scenario } from '../scenario';
import type { Simulation } from '../sim';
import { processIndicators } from './process';
import { saScore, type SaScore } from './sa';
import { traceRun } from './trace';

export function scriptedSa(scenario: Scenario, sim: Simulation): SaScore {
  return saScore([], processIndicators(traceRun(scenario, sim.seed, sim.log)));
}
