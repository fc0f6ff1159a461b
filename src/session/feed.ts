/**
 * What a run shows besides the room, as stores outside any UI framework: the captions (the patient's
 * line and the trainee's own, each for its reading time), the options on offer, and the phase and
 * outcome for the live region. A change notifies only what subscribed (the HUD, the headset's
 * panel), a few times a minute, not the run screen and its canvas.
 */
import type { SimEffect, Simulation, Text, UtteranceOption } from '../sim';

export interface Caption {
  text: Text;
  until: number;
}

export interface Captions {
  /** The patient's line on screen. */
  caption: Caption | null;
  /** The trainee's own line on screen. */
  own: Caption | null;
}

export interface RunStatus {
  phase: string | null;
  cycle: string | null;
  outcome: string | null;
}

/** Seconds a caption stays: reading time for its length, at least 3 s (sim time, so pause holds it). */
export const captionSeconds = (text: Text) =>
  Math.max(3, Math.max(text.nb.length, text.en.length) / 14 + 1.5);

/** A value with subscribers (for React's useSyncExternalStore or anything else). */
export class Store<T> {
  private readonly listeners = new Set<() => void>();
  constructor(private value: T) {}

  get = (): T => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  set(value: T): void {
    this.value = value;
    for (const l of this.listeners) l();
  }
}

/** The captions on screen. */
export class CaptionStore extends Store<Captions> {
  constructor(initial: Captions = { caption: null, own: null }) {
    super(initial);
  }

  patch(change: Partial<Captions>): void {
    this.set({ ...this.get(), ...change });
  }
}

/**
 * The run's discrete output. Effects arrive while the machine transitions, before sim.view is
 * synced, so they only mark what changed; flush() (after each frame that ticked and each act)
 * reads the synced view.
 */
export class RunFeed {
  readonly captions: CaptionStore;
  readonly options: Store<UtteranceOption[]>;
  readonly status: Store<RunStatus>;
  private dirty = true;
  private readonly off: () => void;

  constructor(private readonly sim: Simulation) {
    // The opening line is said as the sim is created, before anyone subscribes: caption it from the view.
    const line = sim.view.lastLineId ? sim.line(sim.view.lastLineId) : undefined;
    this.captions = new CaptionStore({
      caption: line ? { text: line.text, until: sim.time + captionSeconds(line.text) } : null,
      own: null,
    });
    this.options = new Store(sim.menuOptions());
    this.status = new Store<RunStatus>(this.readStatus());
    this.off = sim.on('*', (e: SimEffect) => {
      if (e.type === 'say') {
        const said = sim.line(e.lineId);
        if (said)
          this.captions.patch({ caption: { text: said.text, until: sim.time + captionSeconds(said.text) } });
      } else if (e.type === 'phase' || e.type === 'ending') {
        this.dirty = true;
      }
    });
  }

  /** Expires captions and, when the phase or the outcome changed, refreshes options and status. */
  flush(): void {
    const { caption, own } = this.captions.get();
    if (caption && this.sim.time > caption.until) this.captions.patch({ caption: null });
    if (own && this.sim.time > own.until) this.captions.patch({ own: null });
    if (!this.dirty) return;
    this.dirty = false;
    this.options.set(this.sim.menuOptions());
    this.status.set(this.readStatus());
  }

  /** The trainee's own line, captioned for its reading time. */
  showOwn(text: Text): void {
    this.captions.patch({ own: { text, until: this.sim.time + captionSeconds(text) } });
  }

  /** Sim seconds the patient's last line is still being said or read (the end waits for it). */
  lineLeft(): number {
    return Math.max(this.sim.speakingLeft, (this.captions.get().caption?.until ?? 0) - this.sim.time, 0);
  }

  dispose(): void {
    this.off();
  }

  private readStatus(): RunStatus {
    const v = this.sim.view;
    return { phase: v.phaseId || null, cycle: v.cycle, outcome: v.outcome };
  }
}
