/** How the patient moves and turns each tick: stepping out of a chair, advancing, pacing, sitting back down. */
import type { PatientContext } from './context';
import { phaseOf, type PatientModel } from './model';
import { distance, yawTowards } from './proxemics';
import type { TraineeSignals, Vec2 } from './types';

const TURN_RATE = 2.0; // rad/s a person turns toward someone
const ADVANCE_SPEED = 0.6; // m/s when stepping forward at someone
const ADVANCE_STOP = 0.9; // m: advancing stops at arm's length
const WALK_SPEED = 0.8; // m/s pacing or returning to a seat
export const STAND_UP_STEP = 0.6; // m: a chair's depth plus a little

const wrapAngle = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

function moveTowards(from: Vec2, to: Vec2, maxStep: number, stopAt = 0): Vec2 {
  const d = distance(from, to);
  if (d <= stopAt + 1e-6) return from;
  const step = Math.min(maxStep, d - stopAt);
  return [from[0] + ((to[0] - from[0]) / d) * step, from[1] + ((to[1] - from[1]) / d) * step];
}

/** Where a seated patient stands when getting up: a step in front of the seat, clear of the chair. */
export function standSpot(model: PatientModel): Vec2 {
  const start = model.scenario.setting.patientStart;
  const yaw = (start.facingDeg * Math.PI) / 180;
  return [
    start.position[0] + Math.sin(yaw) * STAND_UP_STEP,
    start.position[1] + Math.cos(yaw) * STAND_UP_STEP,
  ];
}

/** Does the patient start on a seat (the first phase sits or slumps)? Only then is there a chair to step out of. */
export function startsSeated(model: PatientModel): boolean {
  const pose = model.scenario.phases[0]?.pose;
  return pose === 'sitting' || pose === 'slumped';
}

export function movePatient(
  model: PatientModel,
  ctx: PatientContext,
  signals: TraineeSignals,
  t: number,
  dt: number,
) {
  const phase = phaseOf(model, ctx.phaseId).phase;
  const seat = model.scenario.setting.patientStart.position;
  let pos = ctx.patientPosition;
  let pose = phase.pose;
  const seated = pose === 'sitting' || pose === 'slumped';
  if (!seated && startsSeated(model) && distance(pos, [seat[0], seat[1]]) < STAND_UP_STEP - 0.05) {
    // Getting up: step out of the chair first (never stand or pace inside the furniture).
    pos = moveTowards(pos, standSpot(model), WALK_SPEED * dt);
  } else if (pose === 'advancing') pos = moveTowards(pos, signals.position, ADVANCE_SPEED * dt, ADVANCE_STOP);
  else if (pose === 'pacing') {
    const target: Vec2 = [ctx.anchor[0] + Math.sin(t * 0.45) * 1.2, ctx.anchor[1]];
    pos = moveTowards(pos, target, WALK_SPEED * dt);
  } else if ((pose === 'sitting' || pose === 'slumped') && distance(pos, seat) > 0.05) {
    // Walk back to the seat before sitting down: never sit in mid-air.
    pos = moveTowards(pos, [seat[0], seat[1]], WALK_SPEED * dt);
    pose = 'pacing';
  }
  const b = model.bounds;
  pos = [Math.min(b.maxX, Math.max(b.minX, pos[0])), Math.min(b.maxZ, Math.max(b.minZ, pos[1]))];
  const towards = yawTowards(pos, signals.position);
  const wanted = phase.pose === 'turnedAway' ? towards + Math.PI : towards;
  const diff = wrapAngle(wanted - ctx.patientFacing);
  const turn = Math.max(-TURN_RATE * dt, Math.min(TURN_RATE * dt, diff));
  return { pos, pose, facing: wrapAngle(ctx.patientFacing + turn) };
}
