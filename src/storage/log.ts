import type { LogEntry } from '../sim';

/** Only inputs are stored: replay re-creates effects, transitions and arousal exactly. */
export function isInput(e: LogEntry): boolean {
  return e.kind === 'signals' || e.kind === 'tick' || e.kind === 'act';
}
