/**
 * The desktop frame loop's fixed simulation step, and drawing between steps. The sim ticks at a
 * fixed 1/90 s whatever the screen's rate (the same behaviour everywhere, a run log whose ticks
 * run-length encode), so a 60 Hz screen gets one tick one frame and two the next: drawn as it
 * stands, everything the sim moves (the trainee's camera, the patient, the patient's gestures) would
 * advance unevenly, a visible judder. The frame is drawn instead at its own time between the last
 * two ticks (`alpha`), one tick (11 ms) behind, and moves evenly. No React, no three.
 */
import type { SimView } from '../sim';
import type { TraineeSignals } from '../sim/types';
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
  trainee: [number, number];
  patient: [number, number];
  t: number;
}

export function createTickBlend(view: SimView, s: TraineeSignals): TickBlend {
  const b: TickBlend = { trainee: [0, 0], patient: [0, 0], t: 0 };
  beforeTick(b, view, s);
  return b;
}

/** Called before each tick: the state the next tick starts from. */
export function beforeTick(b: TickBlend, view: SimView, s: TraineeSignals): void {
  b.trainee[0] = s.position[0];
  b.trainee[1] = s.position[1];
  b.patient[0] = view.patientPosition[0];
  b.patient[1] = view.patientPosition[1];
  b.t = view.t;
}

const mix = (a: number, b: number, k: number) => a + (b - a) * k;

/**
 * The scene's view (already synced to the sim's) and the trainee's floor position `out`, drawn at
 * `alpha` between the state before the last tick and after it. Facing is left as it is: the
 * avatar's yaw is sprung anyway, and the mouse turns the camera at once, between ticks.
 */
export function blendView(
  pv: PatientViewState,
  b: TickBlend,
  view: SimView,
  s: TraineeSignals,
  alpha: number,
  out: [number, number],
): void {
  pv.t = mix(b.t, view.t, alpha);
  pv.patientPosition[0] = mix(b.patient[0], view.patientPosition[0], alpha);
  pv.patientPosition[1] = mix(b.patient[1], view.patientPosition[1], alpha);
  out[0] = mix(b.trainee[0], s.position[0], alpha);
  out[1] = mix(b.trainee[1], s.position[1], alpha);
  pv.traineeHead[0] = out[0];
  pv.traineeHead[2] = out[1];
}
