/**
 * The group walkthrough (issue 19): a run that stops at decision points (the patient said something,
 * a warning sign appeared, or the facilitator stopped it), and forks: "what if we had said…", played
 * from any earlier decision point. The sim is deterministic, so a fork is a replay of the inputs up
 * to that point (snapshotted when it was reached) followed by the new choice. No React, no DOM.
 */
import {
  inputsOf,
  replay,
  type CyclePhase,
  type OutcomeKind,
  type PersonaDraw,
  type SimEvent,
  type Simulation,
} from '../sim';
import type { Scenario } from '../scenario';

export type DecisionReason = 'line' | 'cue' | 'stop';

export interface DecisionPoint {
  /** 1-based, in the order this branch reached them (a fork keeps its parent's earlier points). */
  n: number;
  t: number;
  reason: DecisionReason;
  /** The line he said, or the warning sign that appeared. */
  lineId?: string;
  cueId?: string;
  /** The run's inputs up to this point: a fork replays them. */
  events: readonly SimEvent[];
  /** What the group chose here (an option id), null to go on without a word, undefined: not yet. */
  chosen?: string | null;
}

/**
 * Watches a live run for decision points. `due` holds the point reached and not yet decided; the
 * run screen holds the run still while it is set.
 */
export class DecisionWatch {
  readonly points: DecisionPoint[];
  due: DecisionPoint | null = null;
  private readonly off: (() => void)[];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly sim: Simulation,
    inherited: readonly DecisionPoint[] = [],
  ) {
    this.points = inherited.map((p) => ({ ...p }));
    // A fork starts at the point it was forked from, undecided: the group chooses again there.
    const last = this.points.at(-1);
    if (last && last.chosen === undefined && last.t === sim.time) this.due = last;
    // A new run: the trainee comes in to what he is saying, the first thing to decide on.
    if (this.points.length === 0 && sim.time === 0 && sim.view.lastLineId)
      this.reach('line', { lineId: sim.view.lastLineId });
    this.off = [
      sim.on('say', (e) => e.type === 'say' && this.reach('line', { lineId: e.lineId })),
      sim.on('cue', (e) => e.type === 'cue' && e.on && this.reach('cue', { cueId: e.cueId })),
    ];
  }

  /** The facilitator stops the run here. */
  stop(): void {
    this.reach('stop', {});
  }

  /** The group's choice at the due point (an option id, or null: go on without saying anything). */
  decide(chosen: string | null): void {
    const p = this.due;
    if (!p) return;
    p.chosen = chosen;
    this.due = null;
    this.emit();
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  dispose(): void {
    for (const f of this.off) f();
  }

  private reach(reason: DecisionReason, what: { lineId?: string; cueId?: string }): void {
    if (this.sim.done) return;
    // One point per moment: his reply and a sign appearing at the same instant are one decision
    // (what he said leads, the sign is kept beside it).
    if (this.due && this.due.t === this.sim.time) {
      // (A line the instructor has him say while the group decides is what he said last.)
      if (what.lineId) Object.assign(this.due, { reason: 'line', lineId: what.lineId });
      if (what.cueId && !this.due.cueId) this.due.cueId = what.cueId;
      this.emit();
      return;
    }
    if (this.due) this.due.chosen ??= null;
    const point: DecisionPoint = {
      n: this.points.length + 1,
      t: this.sim.time,
      reason,
      ...what,
      events: inputsOf(this.sim.log),
    };
    this.points.push(point);
    this.due = point;
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}

/** A fork: the run replayed to decision point `p` (its own persona variant kept), ready to go on. */
export function forkAt(
  scenario: Scenario,
  seed: number,
  persona: PersonaDraw | null,
  p: DecisionPoint,
): Simulation<Scenario> {
  return replay(scenario, seed, p.events, persona);
}

/** What a branch came to, for the side-by-side comparison. */
export interface BranchSummary {
  curve: [number, number][];
  cycles: CyclePhase[];
  phases: string[];
  ending: { id: string; kind: OutcomeKind } | null;
  durationS: number;
}

export function summarizeBranch(sim: Simulation): BranchSummary {
  const curve: [number, number][] = [];
  const phases: string[] = [];
  for (const e of sim.log) {
    if (e.kind === 'arousal') curve.push([e.t, e.value]);
    else if (e.kind === 'effect' && e.effect.type === 'phase' && phases.at(-1) !== e.effect.phase)
      phases.push(e.effect.phase);
  }
  curve.push([sim.time, sim.view.arousal]);
  const cycles = [
    ...new Set(phases.map((id) => sim.scenario.phases.find((p) => p.id === id)?.cycle ?? 'baseline')),
  ];
  const o = sim.outcome;
  return {
    curve,
    cycles,
    phases,
    ending: o ? { id: o.id, kind: o.kind } : null,
    durationS: sim.time,
  };
}
