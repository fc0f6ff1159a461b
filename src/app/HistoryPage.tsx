/** The run history screen with the app's store (its own chunk: dexie and the list load when opened). */
import type { StoredRun } from '../storage';
import { HistoryScreen } from '../ui/history';
import { getRunStore } from './loading/runStore';

export function HistoryPage(props: {
  canOpen: (scenarioId: string) => boolean;
  onOpen: (run: StoredRun) => void;
  onBack: () => void;
}) {
  return <HistoryScreen store={getRunStore()} {...props} />;
}
