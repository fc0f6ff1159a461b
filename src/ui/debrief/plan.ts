/**
 * Facing on the replay's plan. Yaw is the sim's: radians on the floor, 0 = facing +z, forward is
 * (sin yaw, cos yaw) in (x, z) (src/sim/types.ts). The plan draws x to the right and z downwards.
 */
import type { MessageKey } from '../../i18n';

export type Vec2 = readonly [number, number];

/** Unit forward vector (x, z) of a yaw. */
export function forward(yaw: number): [number, number] {
  return [Math.sin(yaw), Math.cos(yaw)];
}

const WORDS: readonly MessageKey[] = [
  'debrief.dir.down',
  'debrief.dir.downRight',
  'debrief.dir.right',
  'debrief.dir.upRight',
  'debrief.dir.up',
  'debrief.dir.upLeft',
  'debrief.dir.left',
  'debrief.dir.downLeft',
];

/** The plan direction a yaw points to, in eight 45° sectors (down on the plan is +z, right is +x). */
export function planDirection(yaw: number): MessageKey {
  const [x, z] = forward(yaw);
  // Angle from "down" (+z) toward "right" (+x), 0..2π.
  const a = (Math.atan2(x, z) + 2 * Math.PI) % (2 * Math.PI);
  return WORDS[Math.round(a / (Math.PI / 4)) % 8]!;
}

/** Degrees (0..180) between the facing of one standing at `from` and the direction to `to`. */
export function degreesOff(yaw: number, from: Vec2, to: Vec2): number {
  const dx = to[0] - from[0];
  const dz = to[1] - from[1];
  const len = Math.hypot(dx, dz);
  if (len < 1e-6) return 0;
  const [fx, fz] = forward(yaw);
  const cos = Math.max(-1, Math.min(1, (fx * dx + fz * dz) / len));
  return Math.round((Math.acos(cos) * 180) / Math.PI);
}
