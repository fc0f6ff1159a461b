/**
 * Runs: start, autosave while running (throttled: at most the last interval is lost), recovery of an
 * interrupted run, finish with its debrief record, history and delete.
 */
import type { DebriefRecord } from '../debrief';
import type { LogEntry } from '../sim';
import { assemble, RoligDb, type LogChunk, type StoredRun } from './db';

export type RunMeta = Pick<
  StoredRun,
  'id' | 'scenarioId' | 'scenarioVersion' | 'seed' | 'pseudonym' | 'startedAt'
>;

export class RunStore {
  constructor(readonly db: RoligDb = new RoligDb()) {}

  async start(meta: RunMeta): Promise<void> {
    await this.db.runs.put({
      ...meta,
      updatedAt: new Date().toISOString(),
      status: 'running',
      simTime: 0,
      freezesDone: 0,
      probes: [],
    });
  }

  /** Stores input entries from index `from` of the input-only log on, and updates the run row. */
  async saveInputs(
    id: string,
    from: number,
    entries: LogEntry[],
    state: Pick<StoredRun, 'simTime' | 'freezesDone' | 'probes'>,
  ): Promise<void> {
    // The hot path (every two seconds of a run): one plain IndexedDB transaction on dexie's stores,
    // without dexie's promise zones, which cost a few ms a save on a slow machine (issue #3).
    const idb = (this.db.isOpen() ? this.db : await this.db.open()).backendDB();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(['runs', 'chunks'], 'readwrite');
      if (entries.length) tx.objectStore('chunks').put({ runId: id, from, entries } satisfies LogChunk);
      const runs = tx.objectStore('runs');
      const row = runs.get(id);
      row.onsuccess = () => {
        const run = row.result as StoredRun | undefined; // like dexie's update: no row, no write
        if (run) runs.put({ ...run, ...state, updatedAt: new Date().toISOString() } satisfies StoredRun);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('autosave failed'));
      tx.onabort = () => reject(tx.error ?? new Error('autosave aborted'));
    });
  }

  async inputs(id: string): Promise<LogEntry[]> {
    return assemble(await this.db.chunks.where('runId').equals(id).toArray());
  }

  async get(id: string): Promise<StoredRun | undefined> {
    return this.db.runs.get(id);
  }

  /** The most recent run that was still running when the page went away. */
  async interrupted(): Promise<StoredRun | undefined> {
    const running = await this.db.runs.where('status').equals('running').toArray();
    return running.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }

  async finish(id: string, record: DebriefRecord): Promise<void> {
    await this.db.runs.update(id, {
      status: 'ended',
      record,
      outcome: record.outcome?.id ?? null,
      saTotal: record.sa.total ?? undefined,
      updatedAt: new Date().toISOString(),
    });
  }

  /** Saves edits to a record (reflections, comments, wellbeing). */
  async updateRecord(record: DebriefRecord): Promise<void> {
    await this.db.runs.update(record.id, { record, updatedAt: new Date().toISOString() });
  }

  async history(): Promise<StoredRun[]> {
    return (await this.db.runs.orderBy('startedAt').reverse().toArray()).filter((r) => r.status === 'ended');
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.runs, this.db.chunks, async () => {
      await this.db.chunks.where('runId').equals(id).delete();
      await this.db.runs.delete(id);
    });
  }
}
