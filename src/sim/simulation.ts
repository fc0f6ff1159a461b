/**
 * One run: the patient actor on a simulated clock, a run log, and a transient view object that
 * the scene reads every frame without React re-renders (design.md §3).
 */
import { createActor, type Actor } from 'xstate';
import { SimClock } from './clock';
import type { Ending, Line, ScenarioSpec, UtteranceOption } from './spec';
import type { PatientContext } from './context';
import { buildPatientMachine, discreteChangeDue, type PatientMachine } from './machine';
import { MAX_NUDGE, stepTick } from './dynamics';
import { optionOrder } from './menuOrder';
import { applyPersona, type PersonaDraw } from './persona';
import { compileModel, type PatientModel } from './model';
import type { LogEntry, SimEffect, SimEvent, TraineeSignals, Vec2 } from './types';
import type { CueBehaviour, CyclePhase, OutcomeKind, Pose, Tone } from './vocabulary';

/** An ending as reached in a run: its kind may be the engine's judgement (OutcomeKind). */
export type Outcome = Omit<Ending, 'kind'> & { kind: OutcomeKind };

/** Read every frame by the scene; updated in place after each event. */
export interface SimView {
  t: number;
  arousal: number;
  phaseId: string;
  cycle: CyclePhase;
  pose: Pose;
  cues: CueBehaviour[];
  patientPosition: Vec2;
  patientFacing: number;
  holds: string | null;
  outcome: string | null;
  distance: number;
  speaking: boolean;
  lastLineId: string | null;
}

export interface SimulationOptions {
  seed: number;
  /** A persona variant to meet instead of the scenario's own ("Surprise me": drawPersona). */
  persona?: PersonaDraw | null;
  /** Seconds between arousal samples in the log (the debrief's curve). */
  arousalSampleS?: number;
}

/** Words per second of speech, to know how long the mouth moves when no clip length is known. */
const SPEECH_CHARS_PER_S = 14;

/** `S`: the caller's own scenario type (the validated file, with everything the scene needs). */
export class Simulation<S extends ScenarioSpec = ScenarioSpec> {
  readonly scenario: S;
  readonly seed: number;
  readonly model: PatientModel;
  readonly machine: PatientMachine;
  readonly log: LogEntry[] = [];
  readonly view: SimView;
  private readonly clock = new SimClock();
  private readonly actor: Actor<PatientMachine>;
  private readonly listeners = new Map<string, Set<(e: SimEffect) => void>>();
  private lastSignals: TraineeSignals | null = null;
  private lastGaze: string | null | undefined = undefined;
  private lastSampleT = -Infinity;
  private lastState = '';
  private speakingUntil = -1;
  /** The continuous state; `synced` is the one the actor last held. */
  private p!: PatientContext;
  private synced!: PatientContext;
  private readonly sampleS: number;

  /** The persona variant this run meets ("Surprise me"), or null: the scenario's own. */
  readonly persona: PersonaDraw | null;

  constructor(base: S, opts: SimulationOptions) {
    const scenario = opts.persona ? applyPersona(base, opts.persona) : base;
    this.scenario = scenario;
    this.seed = opts.seed;
    this.persona = opts.persona ?? null;
    if (opts.persona) this.log.push({ t: 0, kind: 'persona', persona: opts.persona });
    this.sampleS = opts.arousalSampleS ?? 0.5;
    this.model = compileModel(scenario);
    this.machine = buildPatientMachine(scenario, this.model);
    this.actor = createActor(this.machine, { input: { seed: opts.seed }, clock: this.clock });
    this.view = {
      t: 0,
      arousal: 0,
      phaseId: '',
      cycle: 'baseline',
      pose: 'standing',
      cues: [],
      patientPosition: [0, 0],
      patientFacing: 0,
      holds: null,
      outcome: null,
      distance: 0,
      speaking: false,
      lastLineId: null,
    };
    this.actor.on('*', (e) => this.onEffect(e));
    this.actor.start();
    this.p = this.synced = this.actor.getSnapshot().context.p;
    this.sync();
  }

  /** The current continuous state (ahead of the actor's context between discrete events). */
  get context(): PatientContext {
    return this.p;
  }
  get time(): number {
    return this.context.t;
  }
  get done(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }
  /** The ending reached, with the kind the run earned (disproportionate help: see dynamics.enterEnding). */
  get outcome(): Outcome | null {
    const ending = this.view.outcome ? this.model.endings.get(this.view.outcome) : undefined;
    if (!ending) return null;
    const kind = this.actor.getSnapshot().context.p.outcomeKind ?? ending.kind;
    return kind === ending.kind ? ending : { ...ending, kind };
  }
  /** The current phase or ending id. */
  get state(): string {
    return this.view.outcome ?? this.view.phaseId;
  }
  get snapshot() {
    this.flush();
    return this.actor.getSnapshot();
  }
  line(id: string): Line | undefined {
    return this.model.lines.get(id);
  }

  /**
   * The line just said lasts `seconds` (the app knows its voice clip's length): the mouth moves that
   * long instead of the estimate from the text. Only the view's `speaking` changes; the log does not.
   */
  /** Seconds the patient's current line still plays (0 when silent). */
  get speakingLeft(): number {
    return this.view.speaking ? Math.max(0, this.speakingUntil - this.context.t) : 0;
  }

  setSpeakingFor(seconds: number): void {
    if (!(seconds > 0) || !Number.isFinite(seconds)) return;
    this.speakingUntil = this.context.t + seconds;
    this.view.speaking = true;
  }

  on(type: SimEffect['type'] | '*', fn: (e: SimEffect) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(fn);
    return () => set.delete(fn);
  }

  /** The options on offer in the current phase, in the scenario file's order. */
  availableOptions(): UtteranceOption[] {
    const phase = this.view.phaseId;
    return this.scenario.options.filter((o) => !o.phases || o.phases.includes(phase));
  }

  /**
   * The options on offer as the trainee sees them: in this run's seeded order (optionOrder), so
   * the file's order, often that of a good conversation, gives nothing away.
   */
  menuOptions(): UtteranceOption[] {
    const rank = (this.menuRank ??= optionOrder(this.scenario.options, this.seed));
    return this.availableOptions().sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }
  private menuRank: Map<string, number> | undefined;

  tick(dt: number, signals: TraineeSignals): void {
    if (this.done || !(dt > 0)) return;
    const t = this.context.t;
    if (signals !== this.lastSignals && !sameSignals(signals, this.lastSignals)) {
      const copy = copySignals(signals);
      this.log.push({ t, kind: 'signals', signals: copy });
      this.lastSignals = copy;
      if (signals.gaze !== this.lastGaze) {
        this.log.push({ t, kind: 'gaze', target: signals.gaze });
        this.lastGaze = signals.gaze;
      }
    }
    const last = this.log[this.log.length - 1];
    if (last?.kind === 'tick' && last.dt === dt) last.n++;
    else this.log.push({ t, kind: 'tick', dt, n: 1 });
    // Advance the clock first so delayed transitions (being ignored, the time limit) fire in order;
    // the actor must hold the current continuous state before a timer event reaches it.
    if (this.clock.nextDueAt() <= this.clock.now() + dt * 1000) this.flush();
    this.clock.advance(dt * 1000);
    const afterTimers = this.actor.getSnapshot().context.p;
    if (afterTimers !== this.synced) this.p = this.synced = afterTimers;
    if (this.done) return this.sync();
    // The hot path: the machine's own pure tick step (dynamics.stepTick), run here. The actor is only
    // sent the new context (SYNC) when one of its guards could now fire, so it still makes every
    // discrete decision while a quiet tick costs no XState macrostep. Replays go the same way.
    const step = stepTick(this.model, this.p, dt, this.lastSignals ?? signals);
    this.p = step.ctx;
    for (let i = 0; i < step.effects.length; i++) this.onEffect(step.effects[i]!);
    if (discreteChangeDue(this.model, this.p)) this.flush();
    this.sync();
  }

  say(optionId: string, tone?: Tone): void {
    const option = this.model.options.get(optionId);
    this.act(tone === undefined ? { type: 'SAY', optionId } : { type: 'SAY', optionId, tone }, option);
  }
  raiseAlarm(): void {
    this.act({ type: 'RAISE_ALARM' });
  }
  callHelp(): void {
    this.act({ type: 'CALL_HELP' });
  }
  withdraw(exitId: string): void {
    this.act({ type: 'WITHDRAW', exitId });
  }
  /** The instructor steers: the patient says one of the scenario's lines, or his arousal moves a step. */
  instruct(ev: { act: 'line'; lineId: string } | { act: 'nudge'; delta: number }): void {
    // The log holds the step as applied (at most MAX_NUDGE either way).
    if (ev.act === 'nudge')
      this.act({
        type: 'INSTRUCT',
        act: 'nudge',
        delta: Math.max(-MAX_NUDGE, Math.min(MAX_NUDGE, ev.delta)),
      });
    else this.act({ type: 'INSTRUCT', ...ev });
  }

  /** Applies any logged input event (replay). */
  apply(event: SimEvent): void {
    if (event.type === 'TICK') this.tick(event.dt, event.signals);
    else this.act(event, event.type === 'SAY' ? this.model.options.get(event.optionId) : undefined);
  }

  private act(event: Exclude<SimEvent, { type: 'TICK' }>, option?: UtteranceOption): void {
    if (this.done) return;
    this.log.push({
      t: this.context.t,
      kind: 'act',
      event,
      ...(option
        ? { tone: event.type === 'SAY' && event.tone ? event.tone : option.tone, tags: option.tags }
        : {}),
    });
    this.flush();
    this.actor.send(event);
    this.p = this.synced = this.actor.getSnapshot().context.p;
    this.sync();
  }

  /** Gives the actor the continuous state computed since its last event; transitions may follow. */
  private flush(): void {
    if (this.p !== this.synced) this.actor.send({ type: 'SYNC', p: this.p });
    this.p = this.synced = this.actor.getSnapshot().context.p;
  }

  private onEffect(e: SimEffect): void {
    const t = this.context?.t ?? 0;
    this.log.push({ t, kind: 'effect', effect: e });
    if (e.type === 'say') {
      const text = this.model.lines.get(e.lineId)?.text.nb ?? '';
      this.speakingUntil = t + Math.max(1, text.length / SPEECH_CHARS_PER_S);
      this.view.lastLineId = e.lineId;
    }
    this.listeners.get(e.type)?.forEach((fn) => fn(e));
    this.listeners.get('*')?.forEach((fn) => fn(e));
  }

  private sync(): void {
    const snap = this.actor.getSnapshot();
    const c = this.p;
    const v = this.view;
    const ending = snap.status === 'done' ? (Object.keys(snap.value)[0] ?? JSON.stringify(snap.value)) : null;
    const endingId = typeof snap.value === 'string' ? snap.value : ending;
    v.outcome = snap.status === 'done' ? endingId : null;
    const state = v.outcome ?? c.phaseId;
    if (state !== this.lastState) {
      if (this.lastState) this.log.push({ t: c.t, kind: 'transition', from: this.lastState, to: state });
      this.lastState = state;
    }
    v.t = c.t;
    v.arousal = c.arousal;
    v.phaseId = c.phaseId;
    const phase = this.model.phases.get(c.phaseId)?.phase;
    v.cycle = phase?.cycle ?? 'baseline';
    v.pose = c.pose;
    const cues = this.model.phases.get(c.phaseId)?.cues ?? [];
    if (v.outcome) v.cues.length = 0;
    else if (v.cues.length !== cues.length || cues.some((q, i) => v.cues[i] !== q.behaviour)) {
      v.cues.length = 0;
      for (const q of cues) v.cues.push(q.behaviour);
    }
    v.patientPosition[0] = c.patientPosition[0];
    v.patientPosition[1] = c.patientPosition[1];
    v.patientFacing = c.patientFacing;
    v.holds = v.outcome ? null : (phase?.holds ?? null);
    v.distance = c.prox.distance;
    v.speaking = c.t < this.speakingUntil;
    if (c.t - this.lastSampleT >= this.sampleS || v.outcome) {
      this.log.push({ t: c.t, kind: 'arousal', value: c.arousal });
      this.lastSampleT = c.t;
    }
  }
}

function copySignals(s: TraineeSignals): TraineeSignals {
  return {
    position: [s.position[0], s.position[1]],
    facing: s.facing,
    headHeight: s.headHeight,
    hands: s.hands,
    stance: s.stance,
    gaze: s.gaze,
    ...(s.sudden ? { sudden: true } : {}),
  };
}

function sameSignals(a: TraineeSignals, b: TraineeSignals | null): boolean {
  return (
    b !== null &&
    a.position[0] === b.position[0] &&
    a.position[1] === b.position[1] &&
    a.facing === b.facing &&
    a.headHeight === b.headHeight &&
    a.hands === b.hands &&
    a.stance === b.stance &&
    a.gaze === b.gaze &&
    Boolean(a.sudden) === Boolean(b.sudden)
  );
}
