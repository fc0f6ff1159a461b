import type { TraineeSignals, Vec2 } from '../../sim';
import {
  BodyFrame,
  headYaw,
  wrapAngle,
  type HandSample,
  type Local,
  type V3,
  type XrPoseSample,
} from './bodyFrame';
import { classifyHands } from './handPose';
import { XR_THRESHOLDS } from './thresholds';
import { STANDING_EYE_HEIGHT } from '../../sim';

export interface XrInputOptions {
  start: { position: Vec2; facingDeg: number };
  standingHeight?: number;
}

interface Track {
  x: number;
  y: number;
  z: number;
  valid: boolean;
  speed: number;
}

const newTrack = (): Track => ({ x: 0, y: 0, z: 0, valid: false, speed: 0 });

/**
 * Headset poses in, TraineeSignals out (the same object the desktop adapter produces). Pure: no
 * DOM, no three.js, no allocation per frame. The app reads the XR frame into an XrPoseSample and
 * calls update(dt, sample, patientHead, gaze) once per frame; thresholds live in ./thresholds.
 */
export class XrInput {
  readonly signals: TraineeSignals;
  readonly frame = new BodyFrame();
  /** Hand speeds (m/s, smoothed) and head floor speed, for diagnostics and tests. */
  readonly speeds = { head: 0, left: 0, right: 0 };
  /** How long the current gaze target has been held (s): dwell for the SA process indicators. */
  gazeDwell = 0;
  private torsoYaw: number | null = null;
  private untrackedS = 0;
  private suddenFor = 0;
  private readonly head = newTrack();
  private readonly lt = newTrack();
  private readonly rt = newTrack();
  private readonly ll: Local = { fwd: 0, lat: 0, up: 0 };
  private readonly rl: Local = { fwd: 0, lat: 0, up: 0 };

  constructor(opts: XrInputOptions) {
    this.signals = {
      position: [opts.start.position[0], opts.start.position[1]],
      facing: (opts.start.facingDeg * Math.PI) / 180,
      headHeight: opts.standingHeight ?? STANDING_EYE_HEIGHT,
      hands: 'open',
      stance: 'angled',
      gaze: null,
      sudden: false,
    };
  }

  /** Forget motion history (after a teleport, snap turn, pause or tracking loss). */
  resetMotion(): void {
    this.head.valid = this.lt.valid = this.rt.valid = false;
    this.head.speed = this.lt.speed = this.rt.speed = 0;
    this.torsoYaw = null;
  }

  update(dt: number, p: XrPoseSample, patientHead: V3, gaze: string | null): TraineeSignals {
    const s = this.signals;
    const t = XR_THRESHOLDS;
    const hp = p.head.position;
    s.position[0] = hp.x;
    s.position[1] = hp.z;
    s.headHeight = hp.y;
    s.facing = headYaw(p.head.quaternion);

    // Torso yaw lags the head (thresholds.body.torsoLagS); the first frame snaps.
    if (this.torsoYaw === null || dt <= 0) this.torsoYaw = s.facing;
    else {
      const a = 1 - Math.exp(-dt / t.body.torsoLagS);
      this.torsoYaw = wrapAngle(this.torsoYaw + a * wrapAngle(s.facing - this.torsoYaw));
    }
    this.frame.set(hp, this.torsoYaw);
    this.frame.local(p.left.position, this.ll);
    this.frame.local(p.right.position, this.rl);

    this.untrackedS = p.left.tracked || p.right.tracked ? 0 : this.untrackedS + Math.max(0, dt);
    s.hands = classifyHands({
      frame: this.frame,
      left: p.left,
      right: p.right,
      leftLocal: this.ll,
      rightLocal: this.rl,
      target: patientHead,
      untrackedS: this.untrackedS,
    });
    s.stance = this.frame.angleTo(patientHead.x, patientHead.z) >= t.stance.angledMin ? 'angled' : 'square';

    this.speeds.head = track(this.head, hp, true, dt, true);
    this.speeds.left = track(this.lt, p.left.position, p.left.tracked, dt, false);
    this.speeds.right = track(this.rt, p.right.position, p.right.tracked, dt, false);
    const spike =
      this.speeds.head > t.motion.suddenHeadSpeed ||
      this.speeds.left > t.motion.suddenHandSpeed ||
      this.speeds.right > t.motion.suddenHandSpeed;
    this.suddenFor = spike ? t.motion.suddenHoldS : Math.max(0, this.suddenFor - Math.max(0, dt));
    s.sudden = spike || this.suddenFor > 0;

    this.gazeDwell = gaze === s.gaze ? this.gazeDwell + Math.max(0, dt) : 0;
    s.gaze = gaze;
    return s;
  }
}

/** Smoothed speed of a tracked point; floorOnly measures on the floor plane (walking, lunging). */
function track(tr: Track, p: V3, tracked: boolean, dt: number, floorOnly: boolean): number {
  const m = XR_THRESHOLDS.motion;
  if (!tracked) {
    tr.valid = false;
    tr.speed = 0;
    return 0;
  }
  if (tr.valid && dt > 0) {
    const dy = floorOnly ? 0 : p.y - tr.y;
    const d = Math.hypot(p.x - tr.x, dy, p.z - tr.z);
    if (d > m.teleportJump) tr.speed = 0;
    else {
      const a = 1 - Math.exp(-dt / m.motionSmoothingS);
      tr.speed += a * (d / dt - tr.speed);
    }
  }
  tr.x = p.x;
  tr.y = p.y;
  tr.z = p.z;
  tr.valid = true;
  return tr.speed;
}

export type { HandSample, XrPoseSample, V3 };
