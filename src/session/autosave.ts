/**
 * The running simulation's autosave, apart from the store itself: the session writes through a port
 * (storage's RunStore fills it), so the store's code can load after the room's first frame (issue #3).
 */
import type { ProbeResult } from '../scoring';
import { isInput, type LogEntry } from '../sim';

/** What a save records of the run besides its inputs. */
export interface SavedState {
  simTime: number;
  freezesDone: number;
  probes: ProbeResult[];
}

/** Where the inputs go: storage's RunStore.saveInputs, or anything with its shape. */
export interface AutosavePort {
  saveInputs(id: string, from: number, entries: LogEntry[], state: SavedState): Promise<void>;
}

/**
 * Throttled autosave of a running simulation's log: call `poke()` as often as you like (every frame);
 * it saves at most every `everyMs`, and `flush()` saves now (page hide, freeze, end).
 */
export class Autosaver {
  private savedInputs = 0;
  private inputs: LogEntry[] = [];
  private scanned = 0;
  private lastSave = -Infinity;
  private running: Promise<void> | null = null;
  private again = false;
  /** The last save's error, if it failed (the next save retries from the same place). */
  lastError: unknown = null;

  constructor(
    private readonly store: AutosavePort,
    private readonly id: string,
    private readonly log: readonly LogEntry[],
    private readonly state: () => SavedState,
    private readonly everyMs = 500,
    private readonly now: () => number = () => Date.now(),
  ) {}

  poke(): void {
    if (this.now() - this.lastSave >= this.everyMs) void this.flush();
  }

  /**
   * Saves now. Saves never overlap: a flush while one is in flight coalesces into one more save
   * after it, and the returned promise resolves when everything logged so far is stored.
   */
  flush(): Promise<void> {
    this.lastSave = this.now();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.saveOnce();
      } while (this.again);
      this.running = null;
    })();
    return this.running;
  }

  private async saveOnce(): Promise<void> {
    for (; this.scanned < this.log.length; this.scanned++) {
      const e = this.log[this.scanned]!;
      if (isInput(e)) this.inputs.push(e);
    }
    // The last input may be a tick entry whose count grew since the last save: write it again.
    const from = Math.max(0, this.savedInputs - 1);
    const tail = this.inputs.slice(from).map((e) => (e.kind === 'tick' ? { ...e } : e));
    const saved = this.inputs.length;
    try {
      await this.store.saveInputs(this.id, from, tail, this.state());
      this.savedInputs = saved;
      this.lastError = null;
    } catch (err) {
      this.lastError = err;
      console.warn('autosave failed', err);
    }
  }
}
