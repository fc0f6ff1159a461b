/**
 * Reads one XRFrame into the pure adapter's XrPoseSample (src/input/xr), in world coordinates:
 * reference-space poses multiplied by the XROrigin's world matrix (teleport, snap turn, seated offset).
 * Controllers give grip position and target-ray direction; tracked hands give the wrist, the index
 * finger's direction and whether it is extended with the other fingers curled. No allocation per frame.
 */
import { Matrix4, Quaternion, Vector3 } from 'three';
import type { HandSample, XrPoseSample } from '.';

const m = new Matrix4();
const p = new Vector3();
const q = new Quaternion();
const s = new Vector3();
const a = new Vector3();
const b = new Vector3();

export function createPoseSample(): XrPoseSample {
  const hand = (): HandSample => ({ tracked: false, position: new Vector3(), ray: new Vector3(0, 0, -1) });
  return { head: { position: new Vector3(), quaternion: new Quaternion() }, left: hand(), right: hand() };
}

function worldPose(origin: Matrix4, pose: XRPose | undefined | null): boolean {
  if (!pose) return false;
  m.fromArray(pose.transform.matrix).premultiply(origin);
  m.decompose(p, q, s);
  return true;
}

function jointPos(
  frame: XRFrame,
  hand: XRHand,
  name: XRHandJoint,
  ref: XRReferenceSpace,
  out: Vector3,
): boolean {
  const space = hand.get(name);
  const pose = space && frame.getJointPose?.(space, ref);
  if (!pose) return false;
  const t = pose.transform.position;
  out.set(t.x, t.y, t.z);
  return true;
}

/** Index extended (tip far from the wrist) while middle and ring are curled (tips near the palm). */
function readHand(
  frame: XRFrame,
  hand: XRHand,
  ref: XRReferenceSpace,
  origin: Matrix4,
  out: HandSample,
): void {
  const wrist = hand.get('wrist');
  if (!worldPose(origin, wrist && frame.getJointPose?.(wrist, ref))) return;
  out.tracked = true;
  (out.position as Vector3).copy(p);
  if (
    jointPos(frame, hand, 'index-finger-tip', ref, a) &&
    jointPos(frame, hand, 'index-finger-metacarpal', ref, b)
  ) {
    const wristLocal = (wrist && frame.getJointPose?.(wrist, ref)?.transform.position) ?? null;
    const dir = (out.ray as Vector3).subVectors(a, b).transformDirection(origin);
    const indexLen = wristLocal ? Math.hypot(a.x - wristLocal.x, a.y - wristLocal.y, a.z - wristLocal.z) : 0;
    let curled = 0;
    for (const tip of ['middle-finger-tip', 'ring-finger-tip'] as const)
      if (wristLocal && jointPos(frame, hand, tip, ref, b))
        curled +=
          Math.hypot(b.x - wristLocal.x, b.y - wristLocal.y, b.z - wristLocal.z) < 0.6 * indexLen ? 1 : 0;
    out.pointingFinger = indexLen > 0.12 && curled === 2;
    dir.normalize();
  }
}

function readController(
  frame: XRFrame,
  src: XRInputSource,
  ref: XRReferenceSpace,
  origin: Matrix4,
  out: HandSample,
) {
  if (!worldPose(origin, frame.getPose(src.gripSpace ?? src.targetRaySpace, ref))) return;
  out.tracked = true;
  (out.position as Vector3).copy(p);
  if (worldPose(origin, frame.getPose(src.targetRaySpace, ref)))
    (out.ray as Vector3).set(0, 0, -1).applyQuaternion(q);
  // Quest Touch controllers report a touched trigger while the index finger rests on it: lifted = pointing.
  const trigger = src.gamepad?.buttons[0];
  out.pointingFinger = trigger ? !trigger.touched : undefined;
}

/** Fill `out` from the frame; returns false when the viewer pose is unavailable (tracking lost). */
export function readXrPoses(
  frame: XRFrame,
  ref: XRReferenceSpace,
  origin: Matrix4,
  out: XrPoseSample,
): boolean {
  if (!worldPose(origin, frame.getViewerPose(ref))) return false;
  (out.head.position as Vector3).copy(p);
  (out.head.quaternion as Quaternion).copy(q);
  out.left.tracked = out.right.tracked = false;
  for (const src of frame.session.inputSources) {
    const h = src.handedness === 'left' ? out.left : src.handedness === 'right' ? out.right : null;
    if (!h || h.tracked) continue;
    h.pointingFinger = undefined;
    if (src.hand) readHand(frame, src.hand, ref, origin, h);
    else readController(frame, src, ref, origin, h);
  }
  return true;
}
