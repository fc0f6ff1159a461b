/**
 * The SAGAT freezes of a run (domain.md §5): when each is due (scheduleFreezes), which questions it
 * asks (pickProbes), the truth at that moment and the answers offered, and the answers given. One
 * protocol for the desktop run, the headset run and the scripted runs of the tests.
 */
import type { Probe, Scenario } from '../scenario';
import {
  freezeChoices,
  isCorrect,
  pickProbes,
  probeTruth,
  scheduleFreezes,
  type AnswerOption,
  type ProbeAnswer,
  type ProbeResult,
  type ProbeTruth,
} from '../scoring';
import type { Simulation } from '../sim';

export interface FreezeQuestion {
  probe: Probe;
  truth: ProbeTruth;
  choices: { multiple: boolean; options: AnswerOption[] };
}

/** A freeze being held: the run stands still until it is answered. */
export interface Freeze {
  /** Which freeze of the run (0-based). */
  index: number;
  /** Sim time it froze at (s). */
  t: number;
  questions: FreezeQuestion[];
}

export class FreezeSchedule {
  /** Sim times the freezes are due at (s). */
  readonly times: readonly number[];
  /** The answers so far. */
  readonly probes: ProbeResult[];
  private nextIndex: number;
  private holding: Freeze | null = null;

  constructor(
    private readonly scenario: Scenario,
    private readonly seed: number,
    /** A resumed run: the answers and the freezes already held. */
    done: { probes?: ProbeResult[]; freezesDone?: number } = {},
    /** False: no SAGAT freezes (the group walkthrough stops at decision points instead). */
    enabled = true,
  ) {
    this.times = enabled ? scheduleFreezes(scenario, seed) : [];
    this.probes = done.probes ?? [];
    this.nextIndex = done.freezesDone ?? 0;
  }

  /** Freezes held so far (a resumed run does not ask them again). */
  get done(): number {
    return this.nextIndex;
  }

  /** The freeze being held, or null. */
  get current(): Freeze | null {
    return this.holding;
  }

  /**
   * Called after each frame: the freeze that is due now, or null. A freeze with no question for
   * the patient's phase is passed over.
   */
  due(sim: Simulation<Scenario>): Freeze | null {
    if (this.holding || sim.done) return null;
    const at = this.times[this.nextIndex];
    if (at === undefined || sim.time < at) return null;
    const index = this.nextIndex;
    const questions = pickProbes(this.scenario, sim.view.phaseId, this.seed, index).map((probe) => {
      const truth = probeTruth(sim, probe);
      return { probe, truth, choices: freezeChoices(this.scenario, probe, truth, this.seed, index) };
    });
    if (!questions.length) {
      this.nextIndex++;
      return null;
    }
    this.holding = { index, t: sim.time, questions };
    return this.holding;
  }

  /** The answers to the held freeze, in its questions' order (null: not answered); the run goes on. */
  answer(answers: readonly (ProbeAnswer | null)[]): void {
    const f = this.holding;
    if (!f) return;
    f.questions.forEach((q, i) => {
      const answer = answers[i] ?? null;
      this.probes.push({
        freeze: f.index,
        t: f.t,
        probeId: q.probe.id,
        level: q.probe.level,
        truth: q.truth,
        answer,
        correct: isCorrect(q.truth, answer),
      });
    });
    this.nextIndex = f.index + 1;
    this.holding = null;
  }
}
