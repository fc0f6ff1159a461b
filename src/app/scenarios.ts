import { parseScenario } from '../scenario';
import type { ScenarioEntry } from '../ui';

/** Scenario files bundled at build time as raw text (parsed here so errors show as cards). */
const files = import.meta.glob('/scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

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

let cached: ScenarioEntry[] | null = null;
export function bundledScenarios(): ScenarioEntry[] {
  return (cached ??= parseEntries(files));
}
