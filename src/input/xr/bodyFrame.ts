/**
 * Pose types and the body frame estimated from the headset: where the torso, shoulders and elbows
 * probably are, given only the head pose and a lagged torso yaw. Pure math, no three.js: the app
 * passes three's Vector3/Quaternion objects, which satisfy these shapes structurally.
 */
import { XR_THRESHOLDS } from './thresholds';

export interface V3 {
  x: number;
  y: number;
  z: number;
}
export interface Quat {
  x: number;
  y: number;
  z: number;
  w: number;
}

/** One tracked hand: a controller (grip pose + target ray) or a tracked hand (wrist + index ray). */
export interface HandSample {
  tracked: boolean;
  /** Hand position in world space (controller grip or hand wrist/palm). */
  position: V3;
  /** Unit direction of the pointing ray in world space (controller target ray, or index finger). */
  ray: V3;
  /**
   * Whether the index finger is extended with the others curled (hand tracking), or lifted off the
   * trigger (capacitive controllers). Undefined when the device cannot tell: the cone decides alone.
   */
  pointingFinger?: boolean;
}

/** Everything read from the XR frame, in world (scene) coordinates, metres. */
export interface XrPoseSample {
  head: { position: V3; quaternion: Quat };
  left: HandSample;
  right: HandSample;
}

/** Yaw (sim convention: 0 = +z, counter-clockwise seen from above) of a camera looking down its -z. */
export function headYaw(q: Quat): number {
  // forward = q * (0, 0, -1)
  const fx = -2 * (q.x * q.z + q.w * q.y);
  const fz = -(1 - 2 * (q.x * q.x + q.y * q.y));
  return Math.atan2(fx, fz);
}

export function wrapAngle(a: number): number {
  let r = a % (2 * Math.PI);
  if (r > Math.PI) r -= 2 * Math.PI;
  if (r < -Math.PI) r += 2 * Math.PI;
  return r;
}

/** A hand in the torso's frame: forward of the shoulder line, right of the midline, up from the shoulders. */
export interface Local {
  fwd: number;
  lat: number;
  up: number;
}

export class BodyFrame {
  /** Torso yaw (sim convention). */
  yaw = 0;
  /** Torso centre on the floor plane, and the shoulder height. */
  cx = 0;
  cz = 0;
  shoulderY = 0;
  private fx = 0;
  private fz = 1;
  private rx = -1;
  private rz = 0;

  set(head: V3, torsoYaw: number): void {
    const b = XR_THRESHOLDS.body;
    this.yaw = torsoYaw;
    this.fx = Math.sin(torsoYaw);
    this.fz = Math.cos(torsoYaw);
    this.rx = -this.fz;
    this.rz = this.fx;
    this.cx = head.x - this.fx * b.eyesAheadOfTorso;
    this.cz = head.z - this.fz * b.eyesAheadOfTorso;
    this.shoulderY = head.y - b.eyeToShoulder;
  }

  /** Express a world point in the torso frame (writes into out, returns it). */
  local(p: V3, out: Local): Local {
    const dx = p.x - this.cx;
    const dz = p.z - this.cz;
    out.fwd = dx * this.fx + dz * this.fz;
    out.lat = dx * this.rx + dz * this.rz;
    out.up = p.y - this.shoulderY;
    return out;
  }

  /** Distance from a hand (torso frame) to the estimated elbow on side (+1 right, -1 left), arms folded. */
  static elbowDistance(h: Local, side: 1 | -1): number {
    const b = XR_THRESHOLDS.body;
    return Math.hypot(
      h.fwd - b.elbowForwardWhenFolded,
      h.lat - side * b.shoulderHalfWidth,
      h.up + b.shoulderToElbow,
    );
  }

  /** Angle (0..π) between the torso's forward and the floor bearing to a point. */
  angleTo(x: number, z: number): number {
    const bx = x - this.cx;
    const bz = z - this.cz;
    const len = Math.hypot(bx, bz);
    if (len < 1e-6) return 0;
    const c = (bx * this.fx + bz * this.fz) / len;
    return Math.acos(Math.max(-1, Math.min(1, c)));
  }
}
