import entries from 'virtual:rolig-scenarios';
import type { ScenarioEntry } from '../ui';

/**
 * The bundled scenarios (scenarios/*.yaml), loaded and validated at build time by the vite plugin in
 * scripts/scenarioModule.ts: the first frame of a run needs no YAML parser or schema (issue #3).
 */
export function bundledScenarios(): ScenarioEntry[] {
  return entries as ScenarioEntry[];
}
