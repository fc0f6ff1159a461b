/** Loading scenario files from disk, for the core's tests, benchmarks and scripts (node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from './load';
import { formatProblem } from './problems';
import type { Scenario } from './schema';

export function loadScenarioFile(path: string): Scenario {
  const r = parseScenario(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.scenario;
}

export function bundledScenarios(dir = 'scenarios'): { file: string; scenario: Scenario }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: join(dir, f), scenario: loadScenarioFile(join(dir, f)) }));
}

/**
 * The same scenario with a patient who forgives everything: what is said is never weighed against
 * what he asked or said before, and nothing slows his recovery. Provoking a crisis and then
 * talking calmly then reaches the good ending (as kind `afterCrisis`), which tests need.
 */
export function forgiving(scenario: Scenario): Scenario {
  return {
    ...scenario,
    patient: {
      ...scenario.patient,
      recovery: { halfLifeS: 0, triggerGain: 0 },
      relevance: { ignoredAskFactor: 1, ignoredAskImpulse: 0, repeatFactor: 1, passedOverGrowth: 0 },
    },
  };
}
