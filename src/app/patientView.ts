import type { SimView } from '../sim';
import type { TraineeSignals } from '../sim';
import type { PatientView } from '../scene';

/** What the scene reads every frame: one object, mutated in place (src/scene's PatientView). */
export type PatientViewState = PatientView;

export function createPatientView(view: SimView): PatientViewState {
  return {
    t: view.t,
    arousal: view.arousal,
    pose: view.pose,
    cues: view.cues,
    patientPosition: [view.patientPosition[0], view.patientPosition[1]],
    patientFacing: view.patientFacing,
    traineeHead: [0, 1.65, 0],
    speaking: view.speaking,
  };
}

/** Copy the sim's view and the trainee's head into the scene's view without allocating. */
export function syncPatientView(pv: PatientViewState, view: SimView, s: TraineeSignals): void {
  pv.t = view.t;
  pv.arousal = view.arousal;
  pv.pose = view.pose;
  pv.cues = view.cues;
  pv.patientPosition[0] = view.patientPosition[0];
  pv.patientPosition[1] = view.patientPosition[1];
  pv.patientFacing = view.patientFacing;
  pv.traineeHead[0] = s.position[0];
  pv.traineeHead[1] = s.headHeight;
  pv.traineeHead[2] = s.position[1];
  pv.speaking = view.speaking;
  pv.holds = view.holds;
}

/** The exit the trainee stands at (within reach), or null. */
export function exitWithinReach(
  exits: readonly { id: string; position: [number, number] }[],
  pos: readonly [number, number],
  reach = 1.2,
): string | null {
  let best: string | null = null;
  let bestD = reach;
  for (let i = 0; i < exits.length; i++) {
    const e = exits[i]!;
    const d = Math.hypot(e.position[0] - pos[0], e.position[1] - pos[1]);
    if (d <= bestD) {
      bestD = d;
      best = e.id;
    }
  }
  return best;
}
