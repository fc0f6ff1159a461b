/**
 * The simulated clock the patient actor's delayed transitions run on (XState's Clock interface).
 * Like XState's SimulatedClock, but `advance` costs nothing when no timer is due, which matters
 * because the app advances it every tick. Timers due in one advance fire in time order.
 */
interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

export class SimClock {
  private nowMs = 0;
  private nextId = 1;
  private timers: Timer[] = [];
  private nextDue = Infinity;

  /** When the next timer is due (ms), Infinity if none. */
  nextDueAt(): number {
    return this.nextDue;
  }

  now(): number {
    return this.nowMs;
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++;
    const at = this.nowMs + ms;
    this.timers.push({ id, at, fn });
    if (at < this.nextDue) this.nextDue = at;
    return id;
  }

  clearTimeout(id: number): void {
    const i = this.timers.findIndex((t) => t.id === id);
    if (i < 0) return;
    this.timers.splice(i, 1);
    this.nextDue = this.timers.reduce((m, t) => Math.min(m, t.at), Infinity);
  }

  advance(ms: number): void {
    const target = this.nowMs + ms;
    while (this.nextDue <= target) {
      let first = this.timers[0] as Timer;
      for (const t of this.timers) if (t.at < first.at || (t.at === first.at && t.id < first.id)) first = t;
      this.clearTimeout(first.id);
      this.nowMs = Math.max(this.nowMs, first.at);
      first.fn();
    }
    this.nowMs = target;
  }
}
