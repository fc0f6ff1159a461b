/**
 * The desktop frame loop's fixed simulation step, and drawing between steps. The sim ticks at a
 * fixed step whatever the screen's rate (the same behaviour everywhere, a run log whose ticks
 * run-length encode), so a screen whose rate is not a multiple of the sim's gets a tick on some
 * frames and not others (or one and then two): drawn as it stands, what the sim moves (the
 * patient, his gestures) would advance unevenly, a visible judder. The patient is drawn instead at
 * the frame's own time between the last two ticks (`alpha`), one tick behind, and moves evenly.
 * The trainee is not the sim's to move: the desktop input moves them every frame, and each tick
 * takes where they are. No React, no three.
 */
import type { SimView } from '../sim';
import type { PatientViewState } from './patientView';

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

const mix = (a: number, b: number, k: number) => a + (b - a) * k;

/**
 * The scene's view (already synced to the sim's) drawn at `alpha` between the state before the last
 * tick and after it: its time (which the patient's motion follows) and the patient's position.
 * Facing is left as it is: the avatar's yaw is sprung anyway.
 */
export function blendView(pv: PatientViewState, b: TickBlend, view: SimView, alpha: number): void {
  pv.t = mix(b.t, view.t, alpha);
  pv.patientPosition[0] = mix(b.patient[0], view.patientPosition[0], alpha);
  pv.patientPosition[1] = mix(b.patient[1], view.patientPosition[1], alpha);
}
