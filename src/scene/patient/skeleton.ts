/**
 * The patient's skeleton as plain data: joint names, parents, rest offsets scaled from body height
 * (segment ratios after Drillis & Contini 1966), and pose helpers on the figure's one forward-kinematics routine (rigPose.ts). Pure: no
 * React or three imports, so poses can be unit-tested (feet on the floor, hands where they should be).
 *
 * Conventions: the figure faces +z, its left is +x, y is up. Each joint's rotation is an Euler
 * triple [x, y, z] in radians, order XYZ (three.js default). Limbs hang along -y in their own frame,
 * so a negative x rotation swings an arm or thigh forward; the spine points up, so a positive x
 * rotation leans the torso forward.
 */
import { RigPose } from './rigPose';

export type Vec3 = [number, number, number];

export const JOINT_NAMES = [
  'hips',
  'spine',
  'chest',
  'neck',
  'head',
  'shoulderL',
  'upperArmL',
  'forearmL',
  'handL',
  'shoulderR',
  'upperArmR',
  'forearmR',
  'handR',
  'thighL',
  'shinL',
  'footL',
  'thighR',
  'shinR',
  'footR',
] as const;
export type JointName = (typeof JOINT_NAMES)[number];
export type JointRotations = Record<JointName, Vec3>;

export const JOINT_PARENT: Record<JointName, JointName | null> = {
  hips: null,
  spine: 'hips',
  chest: 'spine',
  neck: 'chest',
  head: 'neck',
  shoulderL: 'chest',
  upperArmL: 'shoulderL',
  forearmL: 'upperArmL',
  handL: 'forearmL',
  shoulderR: 'chest',
  upperArmR: 'shoulderR',
  forearmR: 'upperArmR',
  handR: 'forearmR',
  thighL: 'hips',
  shinL: 'thighL',
  footL: 'shinL',
  thighR: 'hips',
  shinR: 'thighR',
  footR: 'shinR',
};

export interface BodyDims {
  height: number;
  upperArm: number;
  forearm: number;
  hand: number;
  thigh: number;
  shin: number;
  /** Ankle joint above the sole. */
  ankle: number;
  footLength: number;
  /** Hips joint height when standing straight with feet flat. */
  standingHips: number;
  offsets: Record<JointName, Vec3>;
}

export function bodyDims(height = 1.75): BodyDims {
  const h = height;
  const thigh = 0.245 * h;
  const shin = 0.246 * h;
  const ankle = 0.039 * h;
  const hipDrop = 0.02 * h;
  const arm = (side: 1 | -1) => ({
    shoulder: [0.025 * h * side, 0.095 * h, 0] as Vec3,
    upperArm: [0.085 * h * side, 0.01 * h, 0] as Vec3,
  });
  const l = arm(1);
  const r = arm(-1);
  return {
    height: h,
    upperArm: 0.186 * h,
    forearm: 0.146 * h,
    hand: 0.108 * h,
    thigh,
    shin,
    ankle,
    footLength: 0.152 * h,
    standingHips: hipDrop + thigh + shin + ankle,
    offsets: {
      hips: [0, 0, 0],
      spine: [0, 0.06 * h, 0],
      chest: [0, 0.12 * h, 0],
      neck: [0, 0.125 * h, 0],
      head: [0, 0.045 * h, 0],
      shoulderL: l.shoulder,
      upperArmL: l.upperArm,
      forearmL: [0, -0.186 * h, 0],
      handL: [0, -0.146 * h, 0],
      shoulderR: r.shoulder,
      upperArmR: r.upperArm,
      forearmR: [0, -0.186 * h, 0],
      handR: [0, -0.146 * h, 0],
      thighL: [0.052 * h, -hipDrop, 0],
      shinL: [0, -thigh, 0],
      footL: [0, -shin, 0],
      thighR: [-0.052 * h, -hipDrop, 0],
      shinR: [0, -thigh, 0],
      footR: [0, -shin, 0],
    },
  };
}

export type EndPoint = 'heelL' | 'toeL' | 'heelR' | 'toeR' | 'fingertipL' | 'fingertipR' | 'headTop';

/**
 * The skeleton's joints as a RigPose (the one forward-kinematics routine, rigPose.ts), one per
 * body size: the pose helpers below run it, so what they compute is what the avatar draws.
 */
const jointPoses = new WeakMap<BodyDims, RigPose>();
const PARENT_INDEX = JOINT_NAMES.map((n) => {
  const p = JOINT_PARENT[n];
  return p === null ? -1 : JOINT_NAMES.indexOf(p);
});
const FOOT_L = JOINT_NAMES.indexOf('footL');
const FOOT_R = JOINT_NAMES.indexOf('footR');

function posed(rotations: JointRotations, dims: BodyDims, hips: Vec3 = [0, 0, 0]): RigPose {
  let pose = jointPoses.get(dims);
  if (!pose) {
    pose = new RigPose(
      PARENT_INDEX,
      JOINT_NAMES.flatMap((n) => dims.offsets[n]),
    );
    jointPoses.set(dims, pose);
  }
  for (let i = 0; i < JOINT_NAMES.length; i++) {
    const r = rotations[JOINT_NAMES[i]!];
    pose.setRotation(i, r[0], r[1], r[2]);
  }
  pose.setPosition(0, hips[0], hips[1], hips[2]);
  pose.update();
  return pose;
}

/** A point given in bone `i`'s own frame, in the figure's space, from a RigPose's frames. */
function pointIn(frame: Float64Array, i: number, v: Vec3): Vec3 {
  const o = i * 12;
  return [
    frame[o + 9]! + frame[o]! * v[0] + frame[o + 1]! * v[1] + frame[o + 2]! * v[2],
    frame[o + 10]! + frame[o + 3]! * v[0] + frame[o + 4]! * v[1] + frame[o + 5]! * v[2],
    frame[o + 11]! + frame[o + 6]! * v[0] + frame[o + 7]! * v[1] + frame[o + 8]! * v[2],
  ];
}

/**
 * World positions (in the avatar's own frame, before its facing yaw) of every joint and of a few end
 * points, for the given rotations and hips position (tests read the geometry of a pose with it).
 */
export function forwardKinematics(
  rotations: JointRotations,
  dims: BodyDims,
  hipsPosition: Vec3,
): Record<JointName | EndPoint, Vec3> {
  const { frame } = posed(rotations, dims, hipsPosition);
  const pos = {} as Record<JointName | EndPoint, Vec3>;
  JOINT_NAMES.forEach((name, i) => (pos[name] = pointIn(frame, i, [0, 0, 0])));
  const at = (j: JointName, v: Vec3) => pointIn(frame, JOINT_NAMES.indexOf(j), v);
  const toe = dims.footLength * 0.75;
  const heel = -dims.footLength * 0.25;
  pos.heelL = at('footL', [0, -dims.ankle, heel]);
  pos.toeL = at('footL', [0, -dims.ankle, toe]);
  pos.heelR = at('footR', [0, -dims.ankle, heel]);
  pos.toeR = at('footR', [0, -dims.ankle, toe]);
  pos.fingertipL = at('handL', [0, -dims.hand, 0]);
  pos.fingertipR = at('handR', [0, -dims.hand, 0]);
  pos.headTop = at('head', [0, 0.125 * dims.height, 0]);
  return pos;
}

/**
 * The height of the lowest heel or toe, from a RigPose's frames (`footL`, `footR`: the feet's bone
 * indices). The avatar grounds itself with it (avatarRig.soleHeight), the pose targets too.
 */
export function soleIn(frame: Float64Array, footL: number, footR: number, dims: BodyDims): number {
  const toe = dims.footLength * 0.75;
  const heel = -dims.footLength * 0.25;
  const ankle = -dims.ankle;
  let lowest = Infinity;
  for (let k = 0; k < 2; k++) {
    const o = (k === 0 ? footL : footR) * 12;
    // The foot's origin plus its frame times (0, -ankle, heel or toe): the height is row 2.
    const y = frame[o + 10]! + frame[o + 4]! * ankle;
    lowest = Math.min(lowest, y + frame[o + 5]! * heel, y + frame[o + 5]! * toe);
  }
  return lowest;
}

/** Lowest sole point (heel or toe of either foot) for hips at the origin. */
export function lowestSole(rotations: JointRotations, dims: BodyDims): number {
  return soleIn(posed(rotations, dims).frame, FOOT_L, FOOT_R, dims);
}
