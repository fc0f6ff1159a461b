import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../scenario';

/** The first bundled scenario, parsed, for component tests. */
export function loadTestScenario(): Scenario {
  const file = 'scenarios/ed-waiting-room.yaml';
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
  return r.scenario;
}
