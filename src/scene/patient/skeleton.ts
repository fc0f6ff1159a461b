/**
 * The patient's skeleton as plain data: joint names, parents, rest offsets scaled from body height
 * (segment ratios after Drillis & Contini 1966), and a small forward-kinematics routine. Pure: no
 * React or three imports, so poses can be unit-tested (feet on the floor, hands where they should be).
 *
 * Conventions: the figure faces +z, its left is +x, y is up. Each joint's rotation is an Euler
 * triple [x, y, z] in radians, order XYZ (three.js default). Limbs hang along -y in their own frame,
 * so a negative x rotation swings an arm or thigh forward; the spine points up, so a positive x
 * rotation leans the torso forward.
 */
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

/** Row-major 3x3 matrix. */
type Mat3 = [number, number, number, number, number, number, number, number, number];

/** Rotation matrix of an XYZ Euler triple (R = Rx · Ry · Rz, as three.js). */
export function eulerMatrix(rotation: Vec3): Mat3 {
  eulerInto(rotation);
  return [E[0]!, E[1]!, E[2]!, E[3]!, E[4]!, E[5]!, E[6]!, E[7]!, E[8]!];
}

function mul(m: Mat3, n: Mat3): Mat3 {
  const r = new Array<number>(9).fill(0) as Mat3;
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      r[i * 3 + j] = m[i * 3]! * n[j]! + m[i * 3 + 1]! * n[3 + j]! + m[i * 3 + 2]! * n[6 + j]!;
  return r;
}

function apply(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];

export type EndPoint = 'heelL' | 'toeL' | 'heelR' | 'toeR' | 'fingertipL' | 'fingertipR' | 'headTop';

/**
 * World positions (in the avatar's own frame, before its facing yaw) of every joint and of a few end
 * points, for the given rotations and hips position.
 */
export function forwardKinematics(
  rotations: JointRotations,
  dims: BodyDims,
  hipsPosition: Vec3,
): Record<JointName | EndPoint, Vec3> {
  const pos = {} as Record<JointName | EndPoint, Vec3>;
  const frame = {} as Record<JointName, Mat3>;
  for (const name of JOINT_NAMES) {
    const parent = JOINT_PARENT[name];
    const local = eulerMatrix(rotations[name]);
    if (parent === null) {
      pos[name] = hipsPosition;
      frame[name] = local;
    } else {
      pos[name] = add(pos[parent], apply(frame[parent], dims.offsets[name]));
      frame[name] = mul(frame[parent], local);
    }
  }
  const at = (j: JointName, v: Vec3) => add(pos[j], apply(frame[j], v));
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

/** Lowest sole point (heel or toe of either foot) for hips at the origin. */
export function lowestSole(rotations: JointRotations, dims: BodyDims): number {
  // forwardKinematics along the two leg chains, heights only: a height needs the second row of each
  // frame, and the second row of A · B is the second row of A times B. The same arithmetic in the
  // same order as mul/apply/add, so the same result, without allocating (it runs twice a frame).
  eulerInto(rotations.hips);
  const h0 = E[3]!;
  const h1 = E[4]!;
  const h2 = E[5]!;
  const toe = dims.footLength * 0.75;
  const heel = -dims.footLength * 0.25;
  const ankle = -dims.ankle;
  let lowest = Infinity;
  // Indexed, not `for … of` with destructuring: both allocate (an iterator, a step) until V8 has
  // optimised the function, which for code run once a frame takes tens of seconds.
  for (let leg = 0; leg < LEGS.length; leg++) {
    const chain = LEGS[leg]!;
    const thigh = chain[0];
    const shin = chain[1];
    const foot = chain[2];
    const o = dims.offsets;
    let y = 0 + (h0 * o[thigh][0] + h1 * o[thigh][1] + h2 * o[thigh][2]);
    row(h0, h1, h2, rotations[thigh]);
    y = y + (R[0]! * o[shin][0] + R[1]! * o[shin][1] + R[2]! * o[shin][2]);
    row(R[0]!, R[1]!, R[2]!, rotations[shin]);
    y = y + (R[0]! * o[foot][0] + R[1]! * o[foot][1] + R[2]! * o[foot][2]);
    row(R[0]!, R[1]!, R[2]!, rotations[foot]);
    const yHeel = y + (R[0]! * 0 + R[1]! * ankle + R[2]! * heel);
    const yToe = y + (R[0]! * 0 + R[1]! * ankle + R[2]! * toe);
    lowest = Math.min(lowest, yHeel, yToe);
  }
  return lowest;
}

/** Scratch: an Euler matrix (row-major) and, for lowestSole, a frame's second row. */
const E = new Float64Array(9);
const R = new Float64Array(3);

/** The rotation matrix of an Euler triple, into E. */
function eulerInto(rotation: Vec3): void {
  rotationInto(rotation[0], rotation[1], rotation[2], E);
}

/**
 * The rotation matrix (row-major 3x3) of XYZ Euler angles (R = Rx · Ry · Rz, as three.js's
 * Matrix4.makeRotationFromEuler), into `out`: no allocation (rigPose.ts runs it for every bone,
 * every frame).
 */
export function rotationInto(x: number, y: number, z: number, out: Float64Array): void {
  // Most of a figure's bones turn about one axis or none: no trigonometry for a zero angle.
  const a = x === 0 ? 1 : Math.cos(x),
    b = x === 0 ? 0 : Math.sin(x),
    c = y === 0 ? 1 : Math.cos(y),
    d = y === 0 ? 0 : Math.sin(y),
    e = z === 0 ? 1 : Math.cos(z),
    f = z === 0 ? 0 : Math.sin(z);
  const ae = a * e,
    af = a * f,
    be = b * e,
    bf = b * f;
  out[0] = c * e;
  out[1] = -c * f;
  out[2] = d;
  out[3] = af + be * d;
  out[4] = ae - bf * d;
  out[5] = -b * c;
  out[6] = bf - ae * d;
  out[7] = be + af * d;
  out[8] = a * c;
}

/** R = [r0 r1 r2] · eulerMatrix(rotation), as mul computes a row. */
function row(r0: number, r1: number, r2: number, rotation: Vec3): void {
  eulerInto(rotation);
  R[0] = r0 * E[0]! + r1 * E[3]! + r2 * E[6]!;
  R[1] = r0 * E[1]! + r1 * E[4]! + r2 * E[7]!;
  R[2] = r0 * E[2]! + r1 * E[5]! + r2 * E[8]!;
}

const LEGS = [
  ['thighL', 'shinL', 'footL'],
  ['thighR', 'shinR', 'footR'],
] as const;
