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
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : String(k)),
    '',
  );
}
