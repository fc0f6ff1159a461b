/**
 * Pure geometry on the floor plane (x, z in metres), domain.md §3: distance, Hall zone, closing
 * speed, facing angles, whether the trainee blocks the patient's way out, and whether the trainee's
 * own way out is clear. Yaw 0 faces +z (three.js rotation.y).
 */
import type { Proxemics, Vec2 } from './types';
import { HALL_ZONE_LIMITS, type HallZone } from './vocabulary';

export interface ExitPoint {
  id: string;
  position: Vec2;
}

/** Half-width of the corridor a person needs to pass (m). A body is ~0.5 m wide plus margin. */
export const PASSAGE_HALF_WIDTH = 0.6;

export function distance(a: Vec2, b: Vec2): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

export function hallZone(d: number): HallZone {
  if (d < HALL_ZONE_LIMITS.intimate) return 'intimate';
  if (d < HALL_ZONE_LIMITS.personal) return 'personal';
  if (d < HALL_ZONE_LIMITS.social) return 'social';
  return 'public';
}

/** Angle (0..π) between a yaw and the direction from `from` to `to`. */
export function facingAngle(yaw: number, from: Vec2, to: Vec2): number {
  const dx = to[0] - from[0];
  const dz = to[1] - from[1];
  const len = Math.hypot(dx, dz);
  if (len < 1e-9) return 0;
  const dot = (Math.sin(yaw) * dx + Math.cos(yaw) * dz) / len;
  return Math.acos(Math.max(-1, Math.min(1, dot)));
}

/** Yaw that faces from `from` toward `to`. */
export function yawTowards(from: Vec2, to: Vec2): number {
  return Math.atan2(to[0] - from[0], to[1] - from[1]);
}

/** Distance from point p to segment ab, and the position t ∈ [0, 1] of the closest point. */
export function pointSegment(p: Vec2, a: Vec2, b: Vec2): { d: number; t: number } {
  const abx = b[0] - a[0];
  const abz = b[1] - a[1];
  const len2 = abx * abx + abz * abz;
  const t = len2 < 1e-12 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * abx + (p[1] - a[1]) * abz) / len2));
  return { d: Math.hypot(a[0] + abx * t - p[0], a[1] + abz * t - p[1]), t };
}

/** Does `body` stand in the way from `from` to `to` (within the passage, not behind `from`)? */
export function inTheWay(body: Vec2, from: Vec2, to: Vec2): boolean {
  const { d, t } = pointSegment(body, from, to);
  return t > 0.05 && d < PASSAGE_HALF_WIDTH;
}

export function nearestExit(p: Vec2, exits: readonly ExitPoint[]): ExitPoint {
  let best = exits[0];
  let bestD = Infinity;
  for (let i = 0; i < exits.length; i++) {
    const e = exits[i]!;
    const d = distance(p, e.position);
    if (d < bestD) {
      bestD = d;
      best = e;
    }
  }
  if (!best) throw new Error('a room needs at least one exit');
  return best;
}

/**
 * Everything the escalation rules read about space. `previousDistance` and `dt` give the closing
 * speed; pass `previousDistance = null` on the first tick.
 */
export function computeProxemics(
  trainee: Vec2,
  traineeYaw: number,
  patient: Vec2,
  patientYaw: number,
  exits: readonly ExitPoint[],
  previousDistance: number | null,
  dt: number,
  out?: Proxemics,
): Proxemics {
  const d = distance(trainee, patient);
  const patientExit = nearestExit(patient, exits);
  let ownExitClear = false;
  // Indexed loops in the tick path: `for … of` allocates an iterator each time until V8 has
  // optimised the function, which for code run at 30 Hz takes tens of seconds into a run.
  for (let i = 0; i < exits.length; i++) {
    if (!inTheWay(patient, trainee, exits[i]!.position)) {
      ownExitClear = true;
      break;
    }
  }
  const result = out ?? ({} as Proxemics);
  result.distance = d;
  result.zone = hallZone(d);
  result.closingSpeed = previousDistance === null || dt <= 0 ? 0 : (previousDistance - d) / dt;
  result.traineeFacingAngle = facingAngle(traineeYaw, trainee, patient);
  result.patientFacingAngle = facingAngle(patientYaw, patient, trainee);
  result.blockingExit = inTheWay(trainee, patient, patientExit.position);
  result.ownExitClear = ownExitClear;
  result.nearestExitId = nearestExit(trainee, exits).id;
  return result;
}
