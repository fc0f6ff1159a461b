import { useEffect, useRef, useState } from 'react';
import type { DebriefRecord } from '../../debrief';
import type { Scenario } from '../../scenario';
import type { LogEntry } from '../../sim';
import { framesFromInputs, framesFromRecord, type ReplayFrame } from './replayFrames';

/**
 * A run's replay frames: re-simulated from the stored inputs when the scenario and the inputs are at
 * hand, else the record's own samples (`source` says which).
 */
export function useReplayFrames(
  record: DebriefRecord,
  scenario: Scenario | undefined,
  loadInputs: (() => Promise<readonly LogEntry[]>) | undefined,
): { frames: ReplayFrame[] | null; source: 'inputs' | 'record' } {
  const [frames, setFrames] = useState<ReplayFrame[] | null>(null);
  const [source, setSource] = useState<'inputs' | 'record'>('record');
  // Re-simulate once per run, not on every edit of the record (reflections change it as one types).
  const latest = useRef({ record, loadInputs });
  latest.current = { record, loadInputs };
  const runId = record.id;
  const seed = record.seed;
  const hasInputs = loadInputs !== undefined;
  useEffect(() => {
    let live = true;
    const { record, loadInputs } = latest.current;
    const fallback = () => {
      if (!live) return;
      setFrames(framesFromRecord(record));
      setSource('record');
    };
    if (!scenario || !loadInputs) {
      fallback();
      return;
    }
    loadInputs()
      .then((inputs) => {
        if (!live) return;
        const f = inputs.length ? framesFromInputs(scenario, seed, inputs) : [];
        if (!f.length) return fallback();
        setFrames(f);
        setSource('inputs');
      })
      .catch(fallback);
    return () => {
      live = false;
    };
  }, [runId, seed, scenario, hasInputs]);

  return { frames, source };
}
