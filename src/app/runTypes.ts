/** What the app's live region reports about a run. */
export interface RunStatus {
  phase: string | null;
  cycle: string | null;
  outcome: string | null;
}
