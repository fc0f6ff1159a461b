/**
 * Pose → joint-angle targets for the patient avatar. Pure (no React, no three): the avatar blends its
 * joints toward these targets every frame, and tests check the geometry through forwardKinematics.
 * Motion (walk cycles, gestures, cue overlays) is a function of time t, continuous in t.
 */
import type { CueBehaviour, Pose } from '../../sim';
import {
  bodyDims,
  lowestSole,
  type BodyDims,
  type JointName,
  type JointRotations,
  type Vec3,
} from './skeleton';
import { applyCues } from './cueOverlays';
import { bump, resetJoints, restJoints, set, strikeArm } from './poseHelpers';

export { restJoints } from './poseHelpers';

export type { JointName, JointRotations, Vec3 };

/** Seat height of a standard chair (m); sitting poses put the buttocks on it. */
export const SEAT_HEIGHT = 0.45;

export interface PoseTarget {
  joints: JointRotations;
  /** Hips offset on the floor in the avatar's own frame [x, z] (sitting back on a seat). */
  hipsShift: [number, number];
  /** Body yaw added to the view's facing (turnedAway turns the back to the trainee). */
  yawOffset: number;
  /** How strongly head and eyes follow the trainee (0..1). */
  lookWeight: number;
  /** Hand closure 0 (open) .. 1 (fist), [left, right]. */
  fist: [number, number];
  /** Right index finger extended (pointing). */
  pointing: boolean;
  sitting: boolean;
}

const TAU = Math.PI * 2;

export interface PoseOptions {
  height?: number;
  reducedMotion?: boolean;
}

function walk(j: JointRotations, t: number, cadence: number, stride: number, m: number): void {
  const ph = t * TAU * cadence * (m < 1 ? 0.6 : 1);
  const a = stride * m;
  const sL = Math.sin(ph);
  const sR = Math.sin(ph + Math.PI);
  // Thigh swings forward (negative x) then back; the knee bends while the leg swings through.
  bump(j, 'thighL', -a * sL - 0.08);
  bump(j, 'thighR', -a * sR - 0.08);
  bump(j, 'shinL', 0.15 + 1.4 * a * Math.max(0, Math.cos(ph)));
  bump(j, 'shinR', 0.15 + 1.4 * a * Math.max(0, Math.cos(ph + Math.PI)));
  bump(j, 'upperArmL', 0.6 * a * sL);
  bump(j, 'upperArmR', 0.6 * a * sR);
  bump(j, 'hips', 0, 0.12 * a * sL, 0.03 * a * Math.sin(2 * ph));
  bump(j, 'chest', 0, -0.16 * a * sL);
}

function seat(j: JointRotations, d: BodyDims): number {
  const hips = SEAT_HEIGHT + 0.045 * d.height;
  const drop = -d.offsets.thighL[1];
  const reach = hips - drop - d.ankle; // vertical distance from hip joint to ankle
  let thighDown = 0;
  let shinForward = 0;
  if (reach <= d.shin) shinForward = Math.acos(reach / d.shin);
  else thighDown = Math.asin(Math.min(1, (reach - d.shin) / d.thigh));
  set(j, 'thighL', -Math.PI / 2 + thighDown, 0, 0.1);
  set(j, 'thighR', -Math.PI / 2 + thighDown, 0, -0.1);
  set(j, 'shinL', Math.PI / 2 - thighDown - shinForward);
  set(j, 'shinR', Math.PI / 2 - thighDown - shinForward);
  return hips;
}

function crossArms(j: JointRotations): void {
  set(j, 'upperArmL', -0.5, -1.2, -0.2);
  set(j, 'forearmL', -1.4);
  set(j, 'handL', 0, 0, 0.3);
  set(j, 'upperArmR', -0.66, 1.2, 0.2);
  set(j, 'forearmR', -1.3);
  set(j, 'handR', 0, 0, -0.3);
}

/** bodyDims per height, computed once: poseTargets runs every frame (and is not to allocate them). */
const dimsCache = new Map<number, BodyDims>();
function dimsOf(height: number): BodyDims {
  let d = dimsCache.get(height);
  if (!d) {
    if (dimsCache.size > 16) dimsCache.clear();
    d = bodyDims(height);
    dimsCache.set(height, d);
  }
  return d;
}

export function poseTargets(
  pose: Pose,
  cues: readonly CueBehaviour[],
  t: number,
  arousal: number,
  options: PoseOptions = {},
  /** A target to overwrite instead of allocating a new one (the avatar's, every frame). */
  into?: PoseTarget,
): PoseTarget {
  const d = dimsOf(options.height ?? 1.75);
  const m = options.reducedMotion ? 0.25 : 1;
  const a = Math.min(1, Math.max(0, arousal));
  const j = into ? resetJoints(into.joints) : restJoints();
  const out = into ?? ({ joints: j } as PoseTarget);
  out.hipsShift = [0, 0];
  out.yawOffset = 0;
  out.lookWeight = 1;
  out.fist = [0, 0];
  out.pointing = false;
  out.sitting = false;
  let seated: number | null = null;

  // Relaxed standing: arms hang slightly away from the hips, elbows soft, a slow weight shift.
  set(j, 'upperArmL', 0.04, 0, 0.1);
  set(j, 'upperArmR', 0.04, 0, -0.1);
  set(j, 'forearmL', -0.18);
  set(j, 'forearmR', -0.18);
  bump(j, 'hips', 0, 0, 0.025 * Math.sin(0.45 * t) * m);
  bump(j, 'spine', 0, 0, -0.02 * Math.sin(0.45 * t) * m);

  switch (pose) {
    case 'sitting':
    case 'slumped':
      seated = seat(j, d);
      out.hipsShift = [0, -0.07];
      set(j, 'upperArmL', -0.3, 0, -0.02);
      set(j, 'upperArmR', -0.3, 0, 0.02);
      set(j, 'forearmL', -0.85);
      set(j, 'forearmR', -0.85);
      set(j, 'handL', -0.42);
      set(j, 'handR', -0.42);
      bump(j, 'spine', -0.06);
      if (pose === 'slumped') {
        bump(j, 'spine', 0.32);
        bump(j, 'chest', 0.25);
        bump(j, 'neck', 0.3);
        bump(j, 'head', 0.35);
        set(j, 'shoulderL', 0, -0.22, -0.1);
        set(j, 'shoulderR', 0, 0.22, 0.1);
        set(j, 'upperArmL', -0.15, 0, -0.05);
        set(j, 'upperArmR', -0.15, 0, 0.05);
        set(j, 'forearmL', -0.95);
        set(j, 'forearmR', -0.95);
        set(j, 'handL', 0.4);
        set(j, 'handR', 0.4);
        out.lookWeight = 0.15;
      }
      break;
    case 'pacing':
      walk(j, t, 0.9, 0.38, m);
      out.lookWeight = 0.5;
      break;
    case 'advancing':
      walk(j, t, 1.05, 0.42, m);
      bump(j, 'spine', 0.16);
      bump(j, 'chest', 0.08);
      bump(j, 'head', -0.18);
      bump(j, 'forearmL', -0.6);
      bump(j, 'forearmR', -0.6);
      out.fist = [1, 1];
      break;
    case 'turnedAway':
      crossArms(j);
      bump(j, 'head', 0.2, 0.25);
      out.yawOffset = 2.4;
      out.lookWeight = 0.15;
      break;
    case 'armsCrossed':
      crossArms(j);
      bump(j, 'hips', 0, 0, 0.04);
      bump(j, 'thighR', -0.05, 0, -0.08);
      bump(j, 'head', -0.05, 0, -0.05);
      break;
    case 'fistsClenched':
      set(j, 'upperArmL', -0.12, 0, 0.24);
      set(j, 'upperArmR', -0.12, 0, -0.24);
      set(j, 'forearmL', -0.65, 0.3);
      set(j, 'forearmR', -0.65, -0.3);
      bump(j, 'spine', 0.06);
      bump(j, 'thighL', -0.06, 0, 0.06);
      bump(j, 'thighR', 0.06, 0, -0.06);
      out.fist = [1, 1];
      break;
    case 'pointing': {
      const jab = (0.5 + 0.5 * Math.sin(t * TAU * 1.4)) * m;
      set(j, 'upperArmR', -1.4 - 0.08 * jab, 0, 0.08);
      set(j, 'forearmR', -0.3 + 0.25 * jab);
      set(j, 'handR', -0.1);
      bump(j, 'chest', 0.05, 0.16);
      bump(j, 'spine', 0.08);
      set(j, 'upperArmL', 0.1, 0, 0.35);
      set(j, 'forearmL', -1.3, 0.6);
      out.fist = [1, 1];
      out.pointing = true;
      break;
    }
    case 'strikingObject':
      strikeArm(j, 'R', t, m);
      bump(j, 'thighL', -0.35, 0, 0.08);
      bump(j, 'shinL', 0.45);
      bump(j, 'thighR', 0.05, 0, -0.08);
      bump(j, 'shinR', 0.2);
      out.fist = [1, 1];
      out.lookWeight = 0.3;
      break;
    case 'standing':
      break;
  }

  // Arousal: shoulders creep up, a tremor at the top of the scale.
  const tremor = a > 0.6 ? (a - 0.6) * 0.05 * m * Math.sin(t * 23) : 0;
  bump(j, 'shoulderL', 0, 0, 0.14 * a);
  bump(j, 'shoulderR', 0, 0, -0.14 * a);
  bump(j, 'forearmL', tremor);
  bump(j, 'forearmR', -tremor);

  applyCues(out, pose, cues, t, m);

  // Feet stay flat on the floor.
  set(j, 'footL', -(j.hips[0] + j.thighL[0] + j.shinL[0]));
  set(j, 'footR', -(j.hips[0] + j.thighR[0] + j.shinR[0]));
  out.sitting = seated !== null;
  return out;
}

/**
 * Height of the hips joint above the floor that puts the target's lowest sole at y = 0. Not part of
 * every frame's target: the avatar grounds its own sprung joints (avatarMotion.ts).
 */
export function hipsHeightOf(target: PoseTarget, height = 1.75): number {
  return -lowestSole(target.joints, dimsOf(height));
}
