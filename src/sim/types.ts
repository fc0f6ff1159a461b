import type { PersonaDraw } from './persona';
import type { Placement } from './spec';
import type { CueBehaviour, HallZone, HandPose, Pose, Stance, Tone, UtteranceTag } from './vocabulary';

export type Vec2 = [number, number];

/**
 * What the trainee's body is doing, sampled every tick. Desktop keys and headset tracking both
 * produce exactly this (design.md §1). Angles are yaw in radians on the floor plane, 0 = facing +z,
 * increasing counter-clockwise seen from above (three.js rotation.y convention).
 */
export interface TraineeSignals {
  position: Vec2;
  facing: number;
  headHeight: number;
  hands: HandPose;
  stance: Stance;
  /** Gaze target id: 'patient.face', 'patient.hands', an exit id, an object id, the colleague id, or null. */
  gaze: string | null;
  /** A sudden fast hand or body movement this tick (headset); desktop leaves it false. */
  sudden?: boolean;
}

/** Eye height of a standing adult (m): the trainee's head before tracking or keys say otherwise. */
export const STANDING_EYE_HEIGHT = 1.65;

/** The trainee at the scenario's start: standing, open hands, angled stance, looking at nothing. */
export function startSignals(start: Placement, over: Partial<TraineeSignals> = {}): TraineeSignals {
  return {
    position: [start.position[0], start.position[1]],
    facing: (start.facingDeg * Math.PI) / 180,
    headHeight: STANDING_EYE_HEIGHT,
    hands: 'open',
    stance: 'angled',
    gaze: null,
    ...over,
  };
}

/** Discrete trainee acts. Ticks carry time and signals. */
export type SimEvent =
  | { type: 'TICK'; dt: number; signals: TraineeSignals }
  | { type: 'SAY'; optionId: string; tone?: Tone }
  | { type: 'RAISE_ALARM' }
  | { type: 'CALL_HELP' }
  | { type: 'WITHDRAW'; exitId: string }
  /**
   * The instructor steering the run (issue 19): the patient says a scenario line, or his arousal is
   * raised or lowered by a step. Logged like any input, so the debrief shows it as the instructor's.
   */
  | { type: 'INSTRUCT'; act: 'line'; lineId: string }
  | { type: 'INSTRUCT'; act: 'nudge'; delta: number };

/** Geometry derived each tick from signals and the patient's pose (src/sim/proxemics.ts). */
export interface Proxemics {
  distance: number;
  zone: HallZone;
  /** Positive when the trainee approaches (m/s). */
  closingSpeed: number;
  /** Angle between the trainee's facing and the direction to the patient (rad, 0..π). */
  traineeFacingAngle: number;
  /** Angle between the patient's facing and the direction to the trainee (rad, 0..π). */
  patientFacingAngle: number;
  blockingExit: boolean;
  ownExitClear: boolean;
  nearestExitId: string;
}

/** Effects leave the machine as emitted events for scene, audio and UI (design.md §3). */
export type SimEffect =
  | { type: 'say'; lineId: string }
  | { type: 'pose'; pose: Pose }
  | { type: 'cue'; cueId: string; behaviour: CueBehaviour; on: boolean }
  | { type: 'phase'; phase: string; cycle: string }
  | { type: 'sound'; sound: 'alarm' | 'helpArrives' | 'door' }
  | { type: 'ending'; ending: string; kind: string };

/** Everything a run records, with sim time in seconds. */
export type LogEntry =
  | { t: number; kind: 'signals'; signals: TraineeSignals }
  /** `n` consecutive ticks of `dt` seconds starting at t (run-length encoded: a run holds many). */
  | { t: number; kind: 'tick'; dt: number; n: number }
  | { t: number; kind: 'act'; event: Exclude<SimEvent, { type: 'TICK' }>; tone?: Tone; tags?: UtteranceTag[] }
  | { t: number; kind: 'transition'; from: string; to: string }
  | { t: number; kind: 'effect'; effect: SimEffect }
  | { t: number; kind: 'arousal'; value: number }
  | { t: number; kind: 'gaze'; target: string | null }
  | { t: number; kind: 'rule'; rule: string; delta: number }
  /** The persona variant this run met ("Surprise me"), logged first; an input of the run. */
  | { t: number; kind: 'persona'; persona: PersonaDraw };
