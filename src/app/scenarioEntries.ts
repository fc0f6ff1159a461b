import { parseScenario } from '../scenario';
import type { ScenarioEntry } from '../ui';

/**
 * Scenario files (path → YAML text) as start-screen entries: a parsed scenario, or its problems with
 * positions (a broken file shows as an error card instead of throwing). Runs at build time for the
 * bundled scenarios (scripts/scenarioModule.ts), so the app's startup needs neither yaml nor zod.
 */
export function parseEntries(sources: Record<string, string>): ScenarioEntry[] {
  return Object.keys(sources)
    .sort()
    .map((path): ScenarioEntry => {
      const file = path.replace(/^\//, '');
      try {
        const r = parseScenario(sources[path] ?? '', file);
        return r.ok ? { file, ok: true, scenario: r.scenario } : { file, ok: false, problems: r.problems };
      } catch (err) {
        return { file, ok: false, problems: [{ file, line: 1, col: 1, message: String(err) }] };
      }
    });
}
