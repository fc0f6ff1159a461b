/** A problem in a scenario file, positioned for an instructor's editor: `file:line:col: message`. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  /** 'error' stops a scenario from loading; 'warning' is shown but lets it run. */
  severity?: 'error' | 'warning';
}

export type PathKey = string | number;

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${keyText(k)}` : keyText(k)),
    '',
  );
}

/**
 * A mapping key as one short line for a message: YAML allows any node as a key (`? ` starts a
 * multi-line one), which would otherwise print as a block of text inside a one-line problem.
 */
export function keyText(key: string): string {
  const flat = key.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
