/**
 * three.js → Web Audio (howler) coordinates. Both are right-handed with +y up and a listener that
 * looks down -z by default, so positions map one to one; orientation vectors are normalised and the
 * up vector made perpendicular to forward (the AudioListener expects an orthonormal pair).
 * Everything writes into caller-owned arrays: nothing here allocates, so it can run every frame.
 */
import type { Pose, Vec2 } from '../sim';

export interface Vec3Like {
  x: number;
  y: number;
  z: number;
}

/** A three-style vector to howler's [x, y, z] (written into `out`). */
export function toHowlerPosition(v: Vec3Like, out: Float64Array | number[], offset = 0): void {
  out[offset] = v.x;
  out[offset + 1] = v.y;
  out[offset + 2] = v.z;
}

/**
 * A camera's forward and up (three-style, world space) to howler's listener orientation
 * [fx, fy, fz, ux, uy, uz]. Degenerate input falls back to three's default camera (-z forward, +y up).
 */
export function toHowlerOrientation(
  forward: Vec3Like,
  up: Vec3Like,
  out: Float64Array | number[],
  offset = 0,
): void {
  let fx = forward.x;
  let fy = forward.y;
  let fz = forward.z;
  let fl = Math.hypot(fx, fy, fz);
  if (!(fl > 1e-9)) {
    fx = 0;
    fy = 0;
    fz = -1;
    fl = 1;
  }
  fx /= fl;
  fy /= fl;
  fz /= fl;
  // Gram-Schmidt: remove the forward component from up.
  let ux = up.x;
  let uy = up.y;
  let uz = up.z;
  const d = ux * fx + uy * fy + uz * fz;
  ux -= d * fx;
  uy -= d * fy;
  uz -= d * fz;
  let ul = Math.hypot(ux, uy, uz);
  if (!(ul > 1e-9)) {
    // Up parallel to forward (looking straight up or down): pick any perpendicular, preferring -z/+z.
    ux = 0;
    uy = -fz;
    uz = fy;
    ul = Math.hypot(uy, uz);
    if (!(ul > 1e-9)) {
      ux = 0;
      uy = 0;
      uz = fy > 0 ? 1 : -1;
      ul = 1;
    }
  }
  out[offset] = fx;
  out[offset + 1] = fy;
  out[offset + 2] = fz;
  out[offset + 3] = ux / ul;
  out[offset + 4] = uy / ul;
  out[offset + 5] = uz / ul;
}

/** Height of the patient's mouth above the floor for a pose (m), scaled by body height. */
export function patientHeadHeight(pose: Pose, bodyHeight = 1.75): number {
  const k = bodyHeight / 1.75;
  switch (pose) {
    case 'sitting':
      return 1.2 * k;
    case 'slumped':
      return 1.1 * k;
    default:
      return 1.6 * k;
  }
}

/** The sim's floor point [x, z] at a height, as a three-style vector (written into `out`). */
export function floorToWorld(p: Readonly<Vec2>, height: number, out: Vec3Like): Vec3Like {
  out.x = p[0];
  out.y = height;
  out.z = p[1];
  return out;
}
