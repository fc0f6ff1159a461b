/**
 * The six Brøset warning-sign behaviours as additive body overlays on top of a pose. Pure.
 * Each is readable at 2-4 m: confused looks around, irritable makes sharp jerks, boisterous moves
 * big and restless, verbal threats lean in chin first, physical threats raise a fist, attacking
 * objects strikes down.
 */
import type { CueBehaviour, Pose } from '../../sim';
import { bump, set, strikeArm } from './poseHelpers';
import type { PoseTarget } from './poseTargets';

const TAU = Math.PI * 2;

/** A sharp pulse 0 → 1 → 0 that repeats every `period` seconds; continuous in t. */
export function jerkPulse(t: number, period: number, width = 0.1): number {
  const x = (((t % period) + period) % period) / width;
  return x * Math.exp(1 - x);
}

export function applyCues(
  out: PoseTarget,
  pose: Pose,
  cues: readonly CueBehaviour[],
  t: number,
  m: number,
): void {
  const j = out.joints;
  const has = (c: CueBehaviour) => cues.includes(c);
  const rightBusy = pose === 'pointing' || pose === 'strikingObject' || has('attackingObjects');

  if (has('confused')) {
    // Disoriented scanning of the room instead of holding the trainee's eye.
    bump(j, 'neck', 0, (0.25 * Math.sin(0.6 * t) + 0.1 * Math.sin(1.7 * t + 1)) * m);
    bump(
      j,
      'head',
      0.08 * Math.sin(0.5 * t + 2) * m,
      (0.5 * Math.sin(0.6 * t) + 0.18 * Math.sin(1.7 * t + 1)) * m,
      0.12 * Math.sin(0.9 * t) * m,
    );
    out.lookWeight *= 0.3;
  }
  if (has('irritable')) {
    // Short, sharp flicks of the hand and head.
    const k1 = jerkPulse(t, 2.1) * m;
    const k2 = jerkPulse(t + 1.05, 3.3) * m;
    bump(j, 'forearmL', -0.75 * k1, 0.35 * k1);
    bump(j, 'handL', 0, 0, 0.5 * k1);
    bump(j, 'head', -0.12 * k2, 0.25 * k2);
    if (!rightBusy) bump(j, 'upperArmR', -0.2 * k2, 0, -0.45 * k2);
  }
  if (has('boisterous')) {
    // Restless, large movements of arms and trunk.
    const p = 0.5 + 0.5 * Math.sin(1.3 * t);
    const q = 0.5 + 0.5 * Math.sin(1.3 * t + 2.2);
    bump(j, 'upperArmL', -0.75 * p * m, 0, 0.35 * q * m);
    if (!rightBusy) bump(j, 'upperArmR', -0.75 * q * m, 0, -0.35 * p * m);
    bump(j, 'forearmL', -0.5 * q * m);
    bump(
      j,
      'spine',
      0.05 * Math.sin(0.8 * t) * m,
      0.2 * Math.sin(0.65 * t) * m,
      0.08 * Math.sin(0.8 * t) * m,
    );
    out.hipsShift[0] += 0.04 * Math.sin(0.5 * t) * m;
  }
  if (has('verbalThreats')) {
    // Leaning in, chin forward, shoulders up and forward.
    bump(j, 'spine', 0.12);
    bump(j, 'chest', 0.08);
    bump(j, 'neck', 0.32);
    bump(j, 'head', -0.38);
    bump(j, 'shoulderL', 0, -0.12, 0.06);
    bump(j, 'shoulderR', 0, 0.12, -0.06);
  }
  if (has('physicalThreats')) {
    // A raised fist at head height, shaking.
    const side = rightBusy ? 'L' : 'R';
    const s = side === 'L' ? 1 : -1;
    const shake = 0.07 * Math.sin(t * TAU * 1.6) * m;
    set(j, `upperArm${side}`, -1.15 + shake, 0, 0.45 * s);
    set(j, `forearm${side}`, -1.75 - shake);
    set(j, `hand${side}`, 0.2);
    out.fist[side === 'L' ? 0 : 1] = 1;
  }
  if (has('attackingObjects') && pose !== 'strikingObject') {
    strikeArm(j, 'R', t, m);
    out.fist[1] = 1;
  }
}
