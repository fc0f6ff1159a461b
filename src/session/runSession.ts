/**
 * One headless run: the simulation, the clock that steps it (one time policy for every driver), the
 * SAGAT freezes, the feed of captions and options, the autosave through a port, and the debrief
 * record at the end. The desktop run, the headset run and the tests drive it the same way: a frame
 * at a time (`frame`), then `afterFrame`. No React, no three, no DOM.
 */
import { buildDebrief, randomUuid, type DebriefRecord } from '../debrief';
import type { Scenario } from '../scenario';
import type { ProbeAnswer, ProbeResult } from '../scoring';
import { Simulation, type PersonaDraw, type TraineeSignals } from '../sim';
import { Autosaver, type AutosavePort } from './autosave';
import { RunClock } from './clock';
import { RunFeed } from './feed';
import { FreezeSchedule, type Freeze } from './freezes';

/** An interrupted run, replayed from its autosaved inputs to where it stopped. */
export interface ResumeState {
  runId: string;
  startedAt: string;
  sim: Simulation<Scenario>;
  probes: ProbeResult[];
  freezesDone: number;
}

/** Where a run is kept: storage's RunStore has this shape. */
export interface SessionStore extends AutosavePort {
  start(meta: {
    id: string;
    scenarioId: string;
    scenarioVersion: number;
    seed: number;
    pseudonym: string;
    startedAt: string;
  }): Promise<void>;
  finish(id: string, record: DebriefRecord): Promise<void>;
}

export interface RunSessionOptions {
  scenario: Scenario;
  seed: number;
  /** "Surprise me": the persona variant this run meets (drawPersona), or none. */
  persona?: PersonaDraw | null;
  /** Sim time a frame stands for, multiplied (the ?speed test hook). */
  speed?: number;
  resume?: ResumeState;
  /** False: no SAGAT freezes (the group walkthrough). */
  freezes?: boolean;
  pseudonym: string;
  /** The device's random id (for the xAPI account). */
  device?: string;
  /** The store, possibly loaded on first use; null: nothing is kept. */
  store?: (() => Promise<SessionStore | null>) | null;
  /**
   * At most this much of a run is lost if the browser crashes (page hide, a freeze and the end save
   * at once). Each save is a transaction of a few ms on a slow machine.
   */
  autosaveMs?: number;
}

export class RunSession {
  readonly scenario: Scenario;
  readonly sim: Simulation<Scenario>;
  readonly clock: RunClock;
  readonly freezes: FreezeSchedule;
  readonly feed: RunFeed;
  readonly id: string;
  readonly startedAt: string;
  private readonly saver: Autosaver | null;
  private readonly store: (() => Promise<SessionStore | null>) | null;
  private stored: boolean;
  private finished: DebriefRecord | null = null;

  constructor(private readonly opts: RunSessionOptions) {
    const { scenario, resume } = opts;
    this.scenario = scenario;
    this.sim = resume?.sim ?? new Simulation(scenario, { seed: opts.seed, persona: opts.persona ?? null });
    this.clock = new RunClock(this.sim, opts.speed ?? 1);
    this.freezes = new FreezeSchedule(scenario, this.sim.seed, resume ?? {}, opts.freezes ?? true);
    this.feed = new RunFeed(this.sim);
    this.id = resume?.runId ?? randomUuid();
    this.startedAt = resume?.startedAt ?? new Date().toISOString();
    this.store = opts.store ?? null;
    // A resumed run already has its row.
    this.stored = !!resume;
    const store = this.store;
    this.saver = store
      ? new Autosaver(
          { saveInputs: (...a) => store().then((s) => s?.saveInputs(...a)) },
          this.id,
          this.sim.log,
          () => ({ simTime: this.sim.time, freezesDone: this.freezes.done, probes: this.freezes.probes }),
          opts.autosaveMs ?? 2000,
        )
      : null;
  }

  /** The freeze being held (the run stands still), or null. */
  get freeze(): Freeze | null {
    return this.freezes.current;
  }

  /** One display frame: the sim ticks as its fixed step makes due; the number of ticks. */
  frame(frameDt: number, signals: TraineeSignals): number {
    if (this.freeze || this.sim.done) return 0;
    return this.clock.frame(frameDt, signals);
  }

  /**
   * After a frame that ticked (and the first): the captions and options are refreshed, the run is
   * autosaved now and then, and a freeze that is due is returned (once).
   */
  afterFrame(): Freeze | null {
    this.feed.flush();
    if (this.stored) this.saver?.poke();
    const f = this.freezes.due(this.sim);
    if (f) void this.saveNow();
    return f;
  }

  /** Writes the run's row if it was not written yet (after the room's first frame: issue #3). */
  begin(): void {
    if (this.stored) return;
    this.stored = true;
    const { scenario, sim } = this;
    void this.store?.().then((s) =>
      s?.start({
        id: this.id,
        scenarioId: scenario.id,
        scenarioVersion: scenario.version,
        seed: sim.seed,
        pseudonym: this.opts.pseudonym,
        startedAt: this.startedAt,
      }),
    );
  }

  answerFreeze(answers: readonly (ProbeAnswer | null)[]): void {
    this.freezes.answer(answers);
    void this.saveNow();
  }

  /** Saves now (a pause, a freeze, the page going away). */
  saveNow(): Promise<void> {
    if (!this.stored || !this.saver) return Promise.resolve();
    return this.saver.flush();
  }

  /** The debrief record (built once), stored with the run. */
  finish(): DebriefRecord {
    if (this.finished) return this.finished;
    this.begin();
    const record = buildDebrief({
      id: this.id,
      scenario: this.scenario,
      seed: this.sim.seed,
      pseudonym: this.opts.pseudonym,
      ...(this.opts.device ? { device: this.opts.device } : {}),
      startedAt: this.startedAt,
      log: this.sim.log,
      probes: this.freezes.probes,
    });
    this.finished = record;
    void this.saveNow()
      .then(() => this.store?.())
      .then((s) => s?.finish(this.id, record));
    return record;
  }

  dispose(): void {
    this.feed.dispose();
  }
}
