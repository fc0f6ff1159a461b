/** Loading a scenario into the inspector: bundled sources or a user's file, validated with positions. */
import {
  checkScenarioText,
  MAX_FILE_BYTES,
  parseScenario,
  type Problem,
  type Scenario,
} from '../../scenario';

export type Loaded =
  | { ok: true; file: string; text: string; scenario: Scenario; warnings: Problem[] }
  | { ok: false; file: string; text: string; problems: Problem[] };

/** Scenario files bundled at build time (the same modules the start screen uses). */
export const BUNDLED: Record<string, string> = import.meta.glob<string>('/scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Loads with the schema and reference checks (parseScenario: fast, every problem positioned).
 * The graph checks of `check:scenarios` take seconds, so they run on request (graphProblems).
 */
export function loadText(text: string, file: string): Loaded {
  try {
    const r = parseScenario(text, file);
    if (!r.ok) return { ok: false, file, text, problems: r.problems };
    return { ok: true, file, text, scenario: r.scenario, warnings: r.warnings };
  } catch (e) {
    return { ok: false, file, text, problems: [{ file, line: 1, col: 1, message: String(e) }] };
  }
}

/** The full check of `check:scenarios` (unreachable phases, dead ends, no good ending, ...). */
export function graphProblems(text: string, file: string): Problem[] {
  return checkScenarioText(text, file).problems;
}

export interface FileMessages {
  tooBig: (bytes: number) => string;
  notText: string;
  readError: string;
}

/** Reads a dropped or chosen file as text: at most 1 MB, and text only (no NUL bytes). */
export function readScenarioFile(file: File, msg: FileMessages): Promise<Loaded> {
  const fail = (message: string, text = ''): Loaded => ({
    ok: false,
    file: file.name,
    text,
    problems: [{ file: file.name, line: 1, col: 1, message }],
  });
  if (file.size > MAX_FILE_BYTES) return Promise.resolve(fail(msg.tooBig(file.size)));
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onerror = () => resolve(fail(msg.readError));
    reader.onload = () => {
      const text = typeof reader.result === 'string' ? reader.result : '';
      resolve(text.includes('\u0000') ? fail(msg.notText) : loadText(text, file.name));
    };
    reader.readAsText(file);
  });
}
