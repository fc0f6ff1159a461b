import type { SimView, TraineeSignals } from '../../sim';
import type { TickBlend } from '../../session';
import { createPatientView, type PatientView } from '../../scene';

/** The scene's view of the patient (scene's PatientView, one object mutated in place) at `view`. */
export function patientViewOf(view: SimView, s: TraineeSignals): PatientView {
  const pv = createPatientView();
  syncPatientView(pv, view, s);
  return pv;
}

/** Copy the sim's view and the trainee's head into the scene's view without allocating. */
export function syncPatientView(pv: PatientView, view: SimView, s: TraineeSignals): void {
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

const mix = (a: number, b: number, k: number) => a + (b - a) * k;

/**
 * The scene's view (already synced to the sim's) drawn at `alpha` between the state before the last
 * tick and after it (session/clock.ts): its time (which the patient's motion follows) and the
 * patient's position. Facing is left as it is: the avatar's yaw is sprung anyway.
 */
export function blendView(pv: PatientView, b: TickBlend, view: SimView, alpha: number): void {
  pv.t = mix(b.t, view.t, alpha);
  pv.patientPosition[0] = mix(b.patient[0], view.patientPosition[0], alpha);
  pv.patientPosition[1] = mix(b.patient[1], view.patientPosition[1], alpha);
}
