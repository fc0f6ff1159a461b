/**
 * The one time policy of a run, on the desktop and in the headset: the sim ticks at a fixed step
 * (SIM_STEP) whatever the display's rate, so it behaves the same at 60, 72 or 90 Hz and its log's
 * ticks run-length encode. A display whose rate is not a multiple of the sim's gets a tick on some
 * frames and not others: what the sim moves (the patient) is drawn at the frame's own time between
 * the last two ticks (`alpha`), one tick behind, and so moves evenly. The trainee is not the sim's
 * to move: their input moves them every frame, and each tick takes where they are.
 */
import type { Simulation, SimView, TraineeSignals } from '../sim';

/** The simulation's step (s): the patient's behaviour changes over seconds; 30 Hz is plenty. */
export const SIM_STEP = 1 / 30;
/** The most frame time a frame may count (s): after a stall the sim does not race to catch up. */
export const MAX_FRAME_DT = 0.1;

/** How much sim time a frame stands for: its real time, or 1/60 s under ?fixedTime, times ?speed. */
export function frameTime(delta: number, opts: { fixedTime: boolean; speed: number }): number {
  return (opts.fixedTime ? 1 / 60 : Math.min(Math.max(delta, 0), MAX_FRAME_DT)) * opts.speed;
}

export class FixedStep {
  /** Frame time not yet ticked (s). */
  private acc = 0;

  constructor(
    readonly step: number,
    /** The most frame time one frame may add (after a stall the sim does not race to catch up). */
    private readonly maxFrame: number,
  ) {}

  /** Adds a frame's time; the number of steps it makes due (each taken with take()). */
  add(frameDt: number): number {
    this.acc = Math.min(this.acc + frameDt, this.maxFrame + this.step);
    return Math.floor((this.acc + 1e-9) / this.step);
  }

  take(): void {
    this.acc -= this.step;
  }

  /** Where the frame is between the last step and the next, 0..1. */
  get alpha(): number {
    return Math.min(1, Math.max(0, this.acc / this.step));
  }
}

/** What the sim moves, as it was before the last tick. */
export interface TickBlend {
  patient: [number, number];
  t: number;
}

export function createTickBlend(view: SimView): TickBlend {
  const b: TickBlend = { patient: [0, 0], t: 0 };
  beforeTick(b, view);
  return b;
}

/** Called before each tick: the state the next tick starts from. */
export function beforeTick(b: TickBlend, view: SimView): void {
  b.patient[0] = view.patientPosition[0];
  b.patient[1] = view.patientPosition[1];
  b.t = view.t;
}

type Body = Pick<TraineeSignals, 'position' | 'facing' | 'headHeight'>;

/**
 * Steps a simulation through a display's frames: one call a frame, the same in both drivers (the
 * desktop's and the headset's). Paused or ended, the caller simply does not call it.
 *
 * A frame that makes several ticks (a slow frame, or ?speed=N) hands each tick the trainee's body
 * part of the way from the last frame's to this one's, so each tick sees the movement of its own
 * 1/60 s: a closing speed stays true to the walk, not four times it in one tick and nothing in the
 * next three. The frame's last tick gets this frame's signals exactly.
 */
export class RunClock {
  /** The patient before the last tick, to draw him between ticks (with `alpha`). */
  readonly blend: TickBlend;
  private readonly step: FixedStep;
  /** The body as the last frame left it. */
  private readonly from: Body = { position: [0, 0], facing: 0, headHeight: 0 };
  private started = false;
  private readonly between: TraineeSignals;

  constructor(
    private readonly sim: Simulation,
    speed = 1,
  ) {
    this.step = new FixedStep(SIM_STEP, MAX_FRAME_DT * speed);
    this.blend = createTickBlend(sim.view);
    this.between = {
      position: [0, 0],
      facing: 0,
      headHeight: 0,
      hands: 'open',
      stance: 'angled',
      gaze: null,
    };
  }

  /** Adds a frame of `frameDt` sim seconds and ticks as often as is due, with `signals`; the ticks made. */
  frame(frameDt: number, signals: TraineeSignals): number {
    const from = this.from;
    if (!this.started) this.remember(signals);
    this.started = true;
    let ticks = 0;
    const due = this.step.add(frameDt);
    for (let n = due; n > 0 && !this.sim.done; n--) {
      beforeTick(this.blend, this.sim.view);
      this.sim.tick(SIM_STEP, n === 1 ? signals : this.part(from, signals, (due - n + 1) / due));
      this.step.take();
      ticks++;
    }
    this.remember(signals);
    return ticks;
  }

  /** Where the frame is between the last tick and the next, 0..1. */
  get alpha(): number {
    return this.step.alpha;
  }

  private remember(s: TraineeSignals): void {
    const f = this.from;
    f.position[0] = s.position[0];
    f.position[1] = s.position[1];
    f.facing = s.facing;
    f.headHeight = s.headHeight;
  }

  /** `to` with its position, facing and head height `k` of the way from `from`. */
  private part(from: Body, to: TraineeSignals, k: number): TraineeSignals {
    // The sim keeps a copy of the signals it was given only when they changed (its input log), so
    // one scratch object serves every in-between tick.
    const b = this.between;
    b.position[0] = from.position[0] + (to.position[0] - from.position[0]) * k;
    b.position[1] = from.position[1] + (to.position[1] - from.position[1]) * k;
    const turn = Math.atan2(Math.sin(to.facing - from.facing), Math.cos(to.facing - from.facing));
    b.facing = from.facing + turn * k;
    b.headHeight = from.headHeight + (to.headHeight - from.headHeight) * k;
    b.hands = to.hands;
    b.stance = to.stance;
    b.gaze = to.gaze;
    b.sudden = to.sudden;
    return b;
  }
}
