/** Small pure helpers shared by poseTargets and cueOverlays. */
import { JOINT_NAMES, type JointName, type JointRotations, type Vec3 } from './skeleton';

export function restJoints(): JointRotations {
  const j = {} as JointRotations;
  for (const name of JOINT_NAMES) j[name] = [0, 0, 0];
  return j;
}

/**
 * Sets every joint of `j` back to [0, 0, 0] in place (a reused target: no allocation per frame;
 * an indexed loop, as `for … of` allocates an iterator until V8 has optimised the caller).
 */
export function resetJoints(j: JointRotations): JointRotations {
  for (let i = 0; i < JOINT_NAMES.length; i++) {
    const r = j[JOINT_NAMES[i]!];
    r[0] = r[1] = r[2] = 0;
  }
  return j;
}

/** Adds [x, y, z] to a joint's rotation. */
export function bump(j: JointRotations, name: JointName, x: number, y = 0, z = 0): void {
  const r = j[name];
  r[0] += x;
  r[1] += y;
  r[2] += z;
}

/** Sets a joint's rotation (in place: every joint has an array of its own, restJoints). */
export function set(j: JointRotations, name: JointName, x: number, y = 0, z = 0): void {
  const r = j[name];
  r[0] = x;
  r[1] = y;
  r[2] = z;
}

export const smoothstep = (a: number, b: number, x: number): number => {
  const u = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return u * u * (3 - 2 * u);
};

/** 0 → 1 → 0 over one strike period: slow wind-up overhead, fast swing down. */
export function strikeLift(t: number, period = 1.1): number {
  const p = (((t / period) % 1) + 1) % 1;
  return p < 0.6 ? smoothstep(0, 0.6, p) : 1 - smoothstep(0.6, 0.78, p);
}

export function strikeArm(j: JointRotations, side: 'L' | 'R', t: number, m: number): void {
  const lift = strikeLift(t) * m + (1 - m) * 0.5;
  const s = side === 'L' ? 1 : -1;
  set(j, `upperArm${side}`, -0.35 - 2.35 * lift, 0, 0.12 * s);
  set(j, `forearm${side}`, -0.25 - 1.1 * lift);
  bump(j, 'spine', 0.22 - 0.15 * lift, 0.15 * lift * s * -1);
}

/** Exponential smoothing factor for a rate (1/s) over dt seconds: frame-rate independent, no overshoot. */
export function smoothing(rate: number, dt: number): number {
  return 1 - Math.exp(-rate * Math.max(0, dt));
}

/** Moves `current` toward `target` in place by factor k (0..1). */
export function blendJoints(current: JointRotations, target: JointRotations, k: number): void {
  for (const name of JOINT_NAMES) {
    const c = current[name];
    const g = target[name];
    c[0] += (g[0] - c[0]) * k;
    c[1] += (g[1] - c[1]) * k;
    c[2] += (g[2] - c[2]) * k;
  }
}

/** Within this of its target and this slow (rad, rad/s), a joint comes to rest on the target. */
export const JOINT_REST = 1e-4;

/**
 * Critically damped spring toward the target (Unity's SmoothDamp, Game Programming Gems 4 §1.10):
 * starts and ends with zero velocity, never overshoots, stable for any dt. Mutates current and
 * velocity in place. The joints as lists in the same order (one loop over arrays, where thirty
 * lookups by name each frame cost more than the arithmetic). A joint that has come to within
 * JOINT_REST of its target, at rest, is put on it and left there while its target stays: `moved[n]`
 * is 1 for each joint this call moved, 0 for each at rest (a sitting figure's legs, most of a
 * standing one's limbs), so the caller need not touch their bones.
 */
export function springJoints(
  current: readonly Vec3[],
  velocity: readonly Vec3[],
  target: readonly Vec3[],
  smoothTime: number,
  dt: number,
  moved: Uint8Array,
): void {
  const omega = 2 / smoothTime;
  const x = omega * Math.max(0, dt);
  const decay = 1 / (1 + x + 0.48 * x * x + 0.235 * x * x * x);
  for (let n = 0; n < current.length; n++) {
    const c = current[n]!;
    const v = velocity[n]!;
    const g = target[n]!;
    if (c[0] === g[0] && c[1] === g[1] && c[2] === g[2] && v[0] === 0 && v[1] === 0 && v[2] === 0) {
      moved[n] = 0;
      continue;
    }
    let still = true;
    for (let i = 0; i < 3; i++) {
      const change = c[i]! - g[i]!;
      const temp = (v[i]! + omega * change) * dt;
      v[i] = (v[i]! - omega * temp) * decay;
      c[i] = g[i]! + (change + temp) * decay;
      if (Math.abs(c[i]! - g[i]!) > JOINT_REST || Math.abs(v[i]!) > JOINT_REST) still = false;
    }
    if (still) {
      c[0] = g[0]!;
      c[1] = g[1]!;
      c[2] = g[2]!;
      v[0] = v[1] = v[2] = 0;
    }
    moved[n] = 1;
  }
}
