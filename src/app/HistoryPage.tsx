/** The run history screen with the app's store (its own chunk: dexie and the list load when opened). */
import type { StoredRun } from '../storage';
import { useCallback } from 'react';
import { RunChartsScreen } from '../ui/charts';
import { HistoryScreen } from '../ui/history';
import { getRunStore } from './loading/runStore';

export function HistoryPage(props: {
  canOpen: (scenarioId: string) => boolean;
  onOpen: (run: StoredRun) => void;
  onBack: () => void;
  onCharts: () => void;
}) {
  return <HistoryScreen store={getRunStore()} {...props} />;
}

/** The course's run charts over the stored records (this machine's runs and those imported). */
export function RunChartsPage(props: { onBack: () => void }) {
  const load = useCallback(async () => {
    const runs = (await getRunStore()?.history()) ?? [];
    return runs.flatMap((r) => (r.record ? [r.record] : []));
  }, []);
  return <RunChartsScreen load={load} onBack={props.onBack} />;
}
