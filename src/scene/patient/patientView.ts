/**
 * The transient, mutable view of the patient that the app writes every frame and the avatar reads
 * every frame in useFrame (design.md §3: continuous values bypass React state).
 */
import type { CueBehaviour, Pose } from '../../sim';
import { STANDING_EYE_HEIGHT } from '../../sim';

export interface PatientView {
  /** Sim time (s); drives gestures and breathing, so pausing the sim freezes them. */
  t: number;
  /** 0 calm .. 1 out of control. */
  arousal: number;
  pose: Pose;
  cues: readonly CueBehaviour[];
  /** [x, z] on the floor (m). */
  patientPosition: [number, number];
  /** Yaw (rad), 0 = facing +z, three.js rotation.y convention. */
  patientFacing: number;
  /** The trainee's head (camera) position in world space. */
  traineeHead: [number, number, number];
  speaking: boolean;
  /** The id of the object the patient holds (a phase's `holds`), if any. */
  holds?: string | null;
}

export function createPatientView(init: Partial<PatientView> = {}): PatientView {
  return {
    t: 0,
    arousal: 0.2,
    pose: 'standing',
    cues: [],
    patientPosition: [0, 0],
    patientFacing: 0,
    traineeHead: [0, STANDING_EYE_HEIGHT, 2.5],
    speaking: false,
    ...init,
  };
}
