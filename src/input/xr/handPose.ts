/**
 * The pair of hands as one HandPose (src/sim/vocabulary), from hand poses in the torso frame.
 * Priority when several hold: pointing > raised > crossed > hidden > open, i.e. the most provocative
 * reading wins (domain.md §2, BETA 2: "don't provoke: hands visible and open, no crossed arms").
 */
import type { HandPose } from '../../sim';
import { BodyFrame, type HandSample, type Local, type V3 } from './bodyFrame';
import { XR_THRESHOLDS } from './thresholds';

export interface HandsInput {
  frame: BodyFrame;
  left: HandSample;
  right: HandSample;
  /** Left and right in the torso frame (valid when tracked). */
  leftLocal: Local;
  rightLocal: Local;
  /** The patient's head, world space. */
  target: V3;
  /** Seconds both hands have been untracked. */
  untrackedS: number;
}

/** True when the hand's ray points at the target within the cone, from a deliberately extended arm. */
export function isPointing(hand: HandSample, local: Local, target: V3): boolean {
  const h = XR_THRESHOLDS.hands;
  if (!hand.tracked || hand.pointingFinger === false) return false;
  if (local.fwd < h.pointingReach || local.up < -h.pointingMaxDrop) return false;
  const dx = target.x - hand.position.x;
  const dy = target.y - hand.position.y;
  const dz = target.z - hand.position.z;
  const len = Math.hypot(dx, dy, dz);
  const rl = Math.hypot(hand.ray.x, hand.ray.y, hand.ray.z);
  if (len < 1e-6 || rl < 1e-6) return false;
  const c = (dx * hand.ray.x + dy * hand.ray.y + dz * hand.ray.z) / (len * rl);
  return Math.acos(Math.max(-1, Math.min(1, c))) <= h.pointingCone;
}

export function classifyHands(i: HandsInput): HandPose {
  const h = XR_THRESHOLDS.hands;
  const { left, right, leftLocal: l, rightLocal: r } = i;
  if (isPointing(left, l, i.target) || isPointing(right, r, i.target)) return 'pointing';
  if ((left.tracked && l.up > h.raisedAboveShoulder) || (right.tracked && r.up > h.raisedAboveShoulder))
    return 'raised';
  if (
    left.tracked &&
    right.tracked &&
    BodyFrame.elbowDistance(l, 1) <= h.crossedElbowRadius &&
    BodyFrame.elbowDistance(r, -1) <= h.crossedElbowRadius
  )
    return 'crossed';
  if ((left.tracked && l.fwd < -h.hiddenBehindTorso) || (right.tracked && r.fwd < -h.hiddenBehindTorso))
    return 'hidden';
  if (!left.tracked && !right.tracked && i.untrackedS >= h.untrackedHiddenS) return 'hidden';
  return 'open';
}
