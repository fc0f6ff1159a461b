/**
 * Per-frame update of an avatar rig from a PatientView: moves joints toward the pose targets on
 * critically damped springs (no popping, no overshoot), keeps the soles on the floor through forward kinematics of the
 * blended joints, turns head and eyes toward the trainee, animates face and breathing.
 * Called from useFrame; works without a renderer, so tests can drive it.
 */
import { breathDepth, breathRate, faceTargets } from './faceTargets';
import { poseRig, type AvatarRig } from './posedRig';
import type { PatientView } from './patientView';
import { restJoints, smoothing, springJoints } from './poseHelpers';
import { poseTargets, type PoseTarget } from './poseTargets';
import { JOINT_NAMES, type JointRotations, type Vec3 } from './skeleton';

export interface AvatarMotionState {
  joints: JointRotations;
  velocity: JointRotations;
  shift: [number, number];
  yaw: number;
  fist: [number, number];
  index: [number, number];
  face: { browDrop: number; browAngle: number; eyeOpen: number; jaw: number; lipWidth: number };
  breathPhase: number;
  lastT: number;
  started: boolean;
  /** The pose target, overwritten when due (no allocation). */
  target?: PoseTarget;
  /** What the target was last computed for (sim time, pose, cues), and its neck and head before the look. */
  targetT: number;
  targetPose: PatientView['pose'] | null;
  targetCues: PatientView['cues'] | null;
  neck: [number, number, number];
  head: [number, number, number];
  /** The joints and their places in the pose as lists in JOINT_NAMES order, for the loops every frame. */
  lists?: JointLists;
}

interface JointLists {
  rig: AvatarRig;
  current: Vec3[];
  velocity: Vec3[];
  target: Vec3[];
  /** Each joint's index in the rig's pose. */
  poseIndex: number[];
  /** Which joints the last spring step moved (1) or left at rest (0). */
  moved: Uint8Array;
}

/** The state's joint arrays (each updated in place from now on) and the joints' places in the rig's pose. */
function jointLists(rig: AvatarRig, st: AvatarMotionState, target: JointRotations): JointLists {
  return {
    rig,
    current: JOINT_NAMES.map((n) => st.joints[n]),
    velocity: JOINT_NAMES.map((n) => st.velocity[n]),
    target: JOINT_NAMES.map((n) => target[n]),
    poseIndex: JOINT_NAMES.map((n) => rig.index[n]),
    moved: new Uint8Array(JOINT_NAMES.length).fill(1),
  };
}

export function createMotionState(): AvatarMotionState {
  return {
    joints: restJoints(),
    velocity: restJoints(),
    shift: [0, 0],
    yaw: 0,
    fist: [0, 0],
    index: [0, 0],
    face: { browDrop: 0, browAngle: 0, eyeOpen: 1, jaw: 0, lipWidth: 1 },
    breathPhase: 0,
    lastT: 0,
    started: false,
    targetT: 0,
    targetPose: null,
    targetCues: null,
    neck: [0, 0, 0],
    head: [0, 0, 0],
  };
}

/**
 * Sim time between two evaluations of the pose target. The joints follow it on springs that take a
 * fifth of a second to settle, so a target that moves at most a few times a second (a gait, a jab,
 * a tremor) and is sampled 30 times a second is followed as smoothly as one evaluated every frame;
 * a new pose or cue is taken at once.
 */
export const TARGET_STEP = 1 / 30;

const FACE_KEYS = ['browDrop', 'browAngle', 'eyeOpen', 'jaw', 'lipWidth'] as const;
const MAX_NECK_YAW = (70 * Math.PI) / 180;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const wrap = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));
const copy3 = (to: number[], from: readonly number[]) => {
  to[0] = from[0]!;
  to[1] = from[1]!;
  to[2] = from[2]!;
};

export function updateAvatar(
  rig: AvatarRig,
  st: AvatarMotionState,
  view: PatientView,
  dt: number,
  reducedMotion = false,
  /** Sim time between evaluations of the pose target (0: every call). */
  targetStep = TARGET_STEP,
): void {
  const { pose, index: I, dims } = rig;
  const first = !st.started;
  const due =
    first ||
    view.pose !== st.targetPose ||
    view.cues !== st.targetCues ||
    Math.abs(view.t - st.targetT) >= targetStep - 1e-9;
  const target = due
    ? poseTargets(
        view.pose,
        view.cues,
        // Held for the step ahead, so taken at its middle: it neither leads nor lags (the first
        // pose is the one the body starts in, exactly).
        first ? view.t : view.t + targetStep / 2,
        view.arousal,
        { height: dims.height, reducedMotion },
        (st.target ??= poseTargets('standing', [], 0, 0, { height: dims.height })),
      )
    : st.target!;
  const j = target.joints;
  // The look toward the trainee is added to neck and head every frame, on top of the pose's own.
  if (due) {
    copy3(st.neck, j.neck);
    copy3(st.head, j.head);
    st.targetT = view.t;
    st.targetPose = view.pose;
    st.targetCues = view.cues;
  } else {
    copy3(j.neck, st.neck);
    copy3(j.head, st.head);
  }
  const k = first ? 1 : smoothing(reducedMotion ? 4 : 8, dt);

  // Body yaw: the view's facing plus the pose's own turn, along the shortest way round.
  const yawTarget = view.patientFacing + target.yawOffset;
  st.yaw = first ? yawTarget : st.yaw + wrap(yawTarget - st.yaw) * smoothing(reducedMotion ? 2 : 4, dt);

  // Head (and eyes) toward the trainee, the neck limited to ±70°.
  // Indexed (array destructuring allocates an iterator until V8 has optimised this, tens of seconds
  // into a run for code called once a frame).
  const px = view.patientPosition[0];
  const pz = view.patientPosition[1];
  const tx = view.traineeHead[0];
  const ty = view.traineeHead[1];
  const tz = view.traineeHead[2];
  // Last frame's head height (in the figure's frame, whose origin is on the floor).
  const headY = first ? dims.height * 0.92 : pose.frame[I.head * 12 + 10]!;
  const rawYaw = wrap(Math.atan2(tx - px, tz - pz) - st.yaw);
  const yaw = clamp(rawYaw, -MAX_NECK_YAW, MAX_NECK_YAW) * target.lookWeight;
  const pitch = clamp(Math.atan2(ty - headY, Math.hypot(tx - px, tz - pz)), -0.6, 0.5) * target.lookWeight;
  j.neck[1] += yaw * 0.4;
  j.head[1] += yaw * 0.6;
  j.neck[0] -= pitch * 0.35;
  j.head[0] -= pitch * 0.55;

  if (first) for (const n of JOINT_NAMES) st.joints[n] = [...j[n]];
  const l = st.lists?.rig === rig ? st.lists : (st.lists = jointLists(rig, st, j));
  if (first) l.moved.fill(1);
  else springJoints(l.current, l.velocity, l.target, reducedMotion ? 0.4 : 0.22, dt, l.moved);
  st.shift[0] += (target.hipsShift[0] - st.shift[0]) * k;
  st.shift[1] += (target.hipsShift[1] - st.shift[1]) * k;
  const kf = first ? 1 : smoothing(10, dt);
  st.fist[0] += (target.fist[0] - st.fist[0]) * kf;
  st.fist[1] += (target.fist[1] - st.fist[1]) * kf;
  st.index[1] += ((target.pointing ? 0 : target.fist[1]) - st.index[1]) * kf;
  st.index[0] += (target.fist[0] - st.index[0]) * kf;

  // Apply: root on the floor at the view's position; the hips' height is set by poseRig, which
  // grounds the soles.
  rig.root.position.set(px, 0, pz);
  rig.root.rotation.y = st.yaw;
  for (let n = 0; n < l.poseIndex.length; n++) {
    if (!l.moved[n]) continue; // at rest on its target: the pose has it already
    const r = l.current[n]!;
    pose.setRotation(l.poseIndex[n]!, r[0], r[1], r[2]);
  }
  pose.setPosition(I.hips, st.shift[0], 0, st.shift[1]);
  pose.setRotation(I.fingersL, 0, 0, -1.7 * st.fist[0]);
  pose.setRotation(I.indexL, 0, 0, -1.7 * st.index[0]);
  pose.setRotation(I.fingersR, 0, 0, 1.7 * st.fist[1]);
  pose.setRotation(I.indexR, 0, 0, 1.7 * st.index[1]);

  // Face.
  const f = faceTargets(view.arousal, view.speaking, view.t, view.cues);
  const kFace = first ? 1 : smoothing(12, dt);
  const face = st.face;
  for (let i = 0; i < FACE_KEYS.length; i++) {
    const key = FACE_KEYS[i]!;
    face[key] += (f[key] - face[key]) * kFace;
  }
  const s = dims.height / 1.75;
  pose.position[I.browL * 3 + 1] = (0.138 - face.browDrop) * s;
  pose.position[I.browR * 3 + 1] = (0.138 - face.browDrop) * s;
  pose.rotation[I.browL * 3 + 2] = face.browAngle;
  pose.rotation[I.browR * 3 + 2] = -face.browAngle;
  const eyeYaw = clamp(
    (rawYaw - clamp(rawYaw, -MAX_NECK_YAW, MAX_NECK_YAW)) * target.lookWeight + yaw * 0.25,
    -0.45,
    0.45,
  );
  pose.setScale(I.eyeL, 1, face.eyeOpen, 1);
  pose.setRotation(I.eyeL, -pitch * 0.3, eyeYaw, 0);
  pose.setScale(I.eyeR, 1, face.eyeOpen, 1);
  pose.setRotation(I.eyeR, -pitch * 0.3, eyeYaw, 0);
  pose.rotation[I.jaw * 3] = face.jaw;
  pose.scale[I.jaw * 3] = face.lipWidth;
  pose.setScale(I.lips, face.lipWidth, 2 - face.lipWidth, 1);

  // Breathing: phase advances at a rate set by arousal, so a change of rate never jumps.
  const simDt = first ? 0 : clamp(view.t - st.lastT, 0, 0.25);
  st.breathPhase += ((simDt * breathRate(view.arousal)) / 60) * Math.PI * 2;
  const b = Math.sin(st.breathPhase) * breathDepth(view.arousal) * (reducedMotion ? 0.5 : 1);
  pose.setScale(I.breath, 1 + b * 0.6, 1 + b * 0.3, 1 + b);
  st.lastT = view.t;
  st.started = true;
  poseRig(rig, true);
}
