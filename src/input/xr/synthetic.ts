/**
 * Synthetic headset poses for tests and the benchmark: a body standing at (x, z) facing yaw with
 * hands in a named posture, built in the same torso frame the adapter estimates.
 */
import type { HandSample, V3, XrPoseSample } from './bodyFrame';
import { STANDING_EYE_HEIGHT } from '../../sim';

export type HandPosture = 'rest' | 'open' | 'raised' | 'crossed' | 'behind' | 'point' | 'untracked';

export interface SyntheticBody {
  x: number;
  z: number;
  /** Sim yaw (0 = +z). */
  yaw: number;
  eye?: number;
  left?: HandPosture;
  right?: HandPosture;
  /** For 'point': where the finger points (world). */
  target?: V3;
}

const v = (x = 0, y = 0, z = 0): V3 => ({ x, y, z });

/** Hand offsets in the torso frame: [forward, right (+) / left (-) of the midline, below the eyes]. */
const OFFSETS: Record<Exclude<HandPosture, 'untracked' | 'point'>, [number, number, number]> = {
  rest: [0.0, 0.25, 0.85],
  open: [0.3, 0.2, 0.55],
  raised: [0.1, 0.2, -0.25],
  crossed: [0.2, -0.17, 0.52],
  behind: [-0.25, 0.12, 0.8],
};

export function syntheticPose(b: SyntheticBody, out?: XrPoseSample): XrPoseSample {
  const o = out ?? {
    head: { position: v(), quaternion: { x: 0, y: 0, z: 0, w: 1 } },
    left: { tracked: true, position: v(), ray: v(0, 0, 1) },
    right: { tracked: true, position: v(), ray: v(0, 0, 1) },
  };
  const eye = b.eye ?? STANDING_EYE_HEIGHT;
  o.head.position.x = b.x;
  o.head.position.y = eye;
  o.head.position.z = b.z;
  // A camera with rotation.y = yaw + π looks along the sim yaw.
  const half = (b.yaw + Math.PI) / 2;
  o.head.quaternion.x = 0;
  o.head.quaternion.y = Math.sin(half);
  o.head.quaternion.z = 0;
  o.head.quaternion.w = Math.cos(half);
  setHand(o.left, b, b.left ?? 'open', -1);
  setHand(o.right, b, b.right ?? 'open', 1);
  return o;
}

/** Place one hand (side -1 left, +1 right) in a posture relative to the body. */
export function setHand(h: HandSample, b: SyntheticBody, posture: HandPosture, side: 1 | -1): void {
  const fx = Math.sin(b.yaw);
  const fz = Math.cos(b.yaw);
  const rx = -fz;
  const rz = fx;
  const eye = b.eye ?? STANDING_EYE_HEIGHT;
  h.tracked = posture !== 'untracked';
  h.pointingFinger = undefined;
  const [fwd, lat, down] =
    posture === 'point' ? [0.55, 0.15, 0.3] : posture === 'untracked' ? [0, 0.25, 0.85] : OFFSETS[posture];
  // Torso centre sits 0.09 m behind the eyes (thresholds.body.eyesAheadOfTorso).
  const cx = b.x - fx * 0.09;
  const cz = b.z - fz * 0.09;
  h.position.x = cx + fx * fwd + rx * lat * side;
  h.position.z = cz + fz * fwd + rz * lat * side;
  h.position.y = eye - down;
  if (posture === 'point' && b.target) {
    const dx = b.target.x - h.position.x;
    const dy = b.target.y - h.position.y;
    const dz = b.target.z - h.position.z;
    const l = Math.hypot(dx, dy, dz) || 1;
    h.ray.x = dx / l;
    h.ray.y = dy / l;
    h.ray.z = dz / l;
  } else {
    // Controllers held naturally point forward and a little down.
    h.ray.x = fx * 0.8;
    h.ray.y = -0.6;
    h.ray.z = fz * 0.8;
  }
}
