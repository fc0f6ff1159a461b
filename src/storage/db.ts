/**
 * IndexedDB through dexie: one row per run (metadata, freeze answers, the debrief record once built)
 * and the run's input log in append-only chunks, so autosaving every two seconds writes only what is new.
 */
import Dexie, { type Table } from 'dexie';
import type { DebriefRecord } from '../debrief';
import type { LogEntry } from '../sim';
import type { ProbeResult } from '../scoring';

export interface StoredRun {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  pseudonym: string;
  startedAt: string;
  updatedAt: string;
  status: 'running' | 'ended';
  /** Sim time reached (s) at the last save. */
  simTime: number;
  /** Freezes already held (so a resumed run does not ask them again). */
  freezesDone: number;
  probes: ProbeResult[];
  record?: DebriefRecord;
  outcome?: string | null;
  saTotal?: number;
}

/** Entries log[from..] of a run. A later chunk replaces from its `from` on (the last tick entry grows). */
export interface LogChunk {
  runId: string;
  from: number;
  entries: LogEntry[];
}

export class RoligDb extends Dexie {
  runs!: Table<StoredRun, string>;
  chunks!: Table<LogChunk, [string, number]>;
  constructor(name = 'rolig') {
    super(name);
    this.version(1).stores({ runs: 'id, status, startedAt', chunks: '[runId+from], runId' });
  }
}

export { isInput } from '../sim';

export function assemble(chunks: readonly LogChunk[]): LogEntry[] {
  const out: LogEntry[] = [];
  for (const c of [...chunks].sort((a, b) => a.from - b.from)) {
    out.length = Math.min(out.length, c.from);
    out.push(...c.entries);
  }
  return out;
}
