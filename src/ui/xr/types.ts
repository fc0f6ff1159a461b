import type { TraineeSignals } from '../../sim';

/** What the in-VR panels follow of the trainee: where they stand and look, and the torso's yaw. */
export interface TrackedBody {
  readonly signals: TraineeSignals;
  readonly frame: { readonly yaw: number };
}
