/** Load + semantic + graph checks of one scenario file, as `check:scenarios` and the inspector run them. */
import { LineCounter, parseDocument } from 'yaml';
import { analyzeScenario, type GraphReport } from './graph';
import { parseScenario, type LoadOptions } from './load';
import { locate } from './positions';
import { formatPath, type Problem } from './problems';
import type { Scenario } from './schema';

export interface CheckResult {
  file: string;
  scenario: Scenario | null;
  problems: Problem[];
  graph: GraphReport | null;
  ms: number;
}

export function checkScenarioText(text: string, file: string, opts: LoadOptions = {}): CheckResult {
  const t0 = performance.now();
  const loaded = parseScenario(text, file, opts);
  if (!loaded.ok)
    return { file, scenario: null, problems: loaded.problems, graph: null, ms: performance.now() - t0 };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const graph = analyzeScenario(loaded.scenario, (path, message, severity = 'error') => {
    const pos = locate(doc, lc, path);
    return { file, line: pos.line, col: pos.col, message: `${formatPath(path)}: ${message}`, severity };
  });
  const problems = [...loaded.warnings, ...graph.problems].sort((a, b) => a.line - b.line || a.col - b.col);
  return { file, scenario: loaded.scenario, problems, graph, ms: performance.now() - t0 };
}

export const hasErrors = (r: CheckResult) => r.problems.some((p) => p.severity !== 'warning');
