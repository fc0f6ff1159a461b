/**
 * Recovery of an interrupted run (loaded lazily, off the start screen's critical path): find it,
 * replay its autosaved input log to resume exactly where it stopped, or debrief it as it stands.
 */
import { buildDebrief, type DebriefRecord } from '../debrief';
import type { Scenario } from '../scenario';
import { inputsOf, personaOf, replay } from '../sim';
import { exportRuns, type StoredRun } from '../storage';
import { downloadText, exportName } from '../ui/history';
import { getRunStore } from './loading/runStore';
import type { ResumeState } from '../session';

export async function findInterrupted(): Promise<StoredRun | null> {
  return (await getRunStore()?.interrupted()) ?? null;
}

export async function resumeRun(run: StoredRun, scenario: Scenario): Promise<ResumeState> {
  const inputs = (await getRunStore()?.inputs(run.id)) ?? [];
  return {
    runId: run.id,
    startedAt: run.startedAt,
    sim: replay(scenario, run.seed, inputsOf(inputs), personaOf(inputs)),
    probes: run.probes,
    freezesDone: run.freezesDone,
  };
}

export async function debriefRun(run: StoredRun, scenario: Scenario): Promise<DebriefRecord> {
  const store = getRunStore();
  const log = (await store?.inputs(run.id)) ?? [];
  const record = buildDebrief({ ...run, scenario, log, probes: run.probes });
  await store?.finish(run.id, record);
  return record;
}

export async function discardRun(id: string): Promise<void> {
  await getRunStore()?.remove(id);
}

export async function saveRecord(record: DebriefRecord): Promise<void> {
  await getRunStore()?.updateRecord(record);
}

/** A stored run's input log (the debrief's replay re-simulates from it). */
export async function loadInputs(id: string) {
  return (await getRunStore()?.inputs(id)) ?? [];
}

/** Downloads one stored run (record and input log) as a Rolig export file. */
export async function exportOne(id: string): Promise<void> {
  const store = getRunStore();
  if (!store) return;
  downloadText(exportName(id.slice(0, 8)), await exportRuns(store, [id]));
}
