import type { TraineeSignals, Vec2 } from '../../sim';
import {
  DELIVERIES,
  type Delivery,
  HAND_POSES,
  type HandPose,
  type Stance,
  STANDING_EYE_HEIGHT,
  startSignals,
} from '../../sim';
import {
  DEFAULT_SEATED_HEIGHT,
  FAST_SPEED,
  HAND_KEYS,
  KEY_CROUCH,
  KEY_DELIVERY,
  KEY_CYCLE_HANDS,
  KEY_STANCE,
  MAX_PITCH,
  MOUSE_SENSITIVITY,
  MOVE_KEYS,
  TURN_RATE,
  WALK_SPEED,
  WALL_MARGIN,
} from './keymap';

export interface DesktopInputOptions {
  /** Room size in metres along x (width) and z (depth); the origin is the room centre. */
  room: { width: number; depth: number };
  start: { position: Vec2; facingDeg: number };
  standingHeight?: number;
  seatedHeight?: number;
}

const ALL_MOVE_KEYS = new Set<string>(Object.values(MOVE_KEYS).flat());

/**
 * Keyboard and mouse in, TraineeSignals out. Pure: no DOM, no React. The app forwards key and
 * mouse events and calls update(dt, gaze) once per frame (each sim tick then takes the signals as they are).
 *
 * Yaw follows the sim convention (src/sim/types.ts): 0 faces +z, positive turns counter-clockwise
 * seen from above (three.js rotation.y). Forward is (sin yaw, cos yaw); right is (-cos yaw, sin yaw).
 * A three.js camera looks down its own -z, so the camera's rotation.y is yaw + π (see cameraYaw()).
 */
export class DesktopInput {
  readonly signals: TraineeSignals;
  /** Look pitch in radians, positive up. Not part of the signals (gaze carries what matters). */
  pitch = 0;
  crouched = false;
  /** How the next line is said (the delivery control); the microphone, when on, measures it instead. */
  delivery: Delivery = 'calm';
  private readonly held = new Set<string>();
  private fast = false;
  private readonly opts: Required<DesktopInputOptions>;

  constructor(opts: DesktopInputOptions) {
    this.opts = { standingHeight: STANDING_EYE_HEIGHT, seatedHeight: DEFAULT_SEATED_HEIGHT, ...opts };
    this.signals = startSignals(opts.start, { headHeight: this.opts.standingHeight, sudden: false });
    this.clampToRoom();
  }

  /** Returns true when the key belongs to the desktop controls (so the app can preventDefault). */
  keyDown(code: string, shiftKey = false): boolean {
    this.fast = shiftKey || code === 'ShiftLeft' || code === 'ShiftRight' || this.fast;
    if (code === 'ShiftLeft' || code === 'ShiftRight') return true;
    if (ALL_MOVE_KEYS.has(code)) {
      this.held.add(code);
      return true;
    }
    const hand = HAND_KEYS[code];
    if (hand) {
      this.setHands(hand);
      return true;
    }
    if (code === KEY_CYCLE_HANDS) {
      const i = HAND_POSES.indexOf(this.signals.hands);
      this.setHands(HAND_POSES[(i + 1) % HAND_POSES.length] ?? 'open');
      return true;
    }
    if (code === KEY_STANCE) {
      this.setStance(this.signals.stance === 'angled' ? 'square' : 'angled');
      return true;
    }
    if (code === KEY_CROUCH) {
      this.setCrouched(!this.crouched);
      return true;
    }
    if (code === KEY_DELIVERY) {
      this.delivery = DELIVERIES[(DELIVERIES.indexOf(this.delivery) + 1) % DELIVERIES.length]!;
      return true;
    }
    return false;
  }

  keyUp(code: string, shiftKey = false): void {
    if (code === 'ShiftLeft' || code === 'ShiftRight') this.fast = false;
    else this.fast = shiftKey && this.fast;
    this.held.delete(code);
  }

  /** Forget held keys (window blur, pause): nobody keeps walking into a wall. */
  releaseAll(): void {
    this.held.clear();
    this.fast = false;
  }

  /** Relative mouse motion in pixels (pointer lock). Right turns clockwise, up looks up. */
  mouseMove(dx: number, dy: number): void {
    this.signals.facing = wrapAngle(this.signals.facing - dx * MOUSE_SENSITIVITY);
    this.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, this.pitch - dy * MOUSE_SENSITIVITY));
  }

  setHands(hands: HandPose): void {
    this.signals.hands = hands;
  }

  setStance(stance: Stance): void {
    this.signals.stance = stance;
  }

  setCrouched(crouched: boolean): void {
    this.crouched = crouched;
    this.signals.headHeight = crouched ? this.opts.seatedHeight : this.opts.standingHeight;
  }

  setSeatedHeight(h: number): void {
    this.opts.seatedHeight = h;
    this.setCrouched(this.crouched);
  }

  /** Integrate movement over dt seconds and return the (mutated, reused) signals object. */
  update(dt: number, gaze: string | null): TraineeSignals {
    const s = this.signals;
    s.gaze = gaze;
    s.sudden = false;
    if (this.held.size === 0) return s; // standing still: no key to look up
    const turn = (this.isHeld('turnLeft') ? 1 : 0) - (this.isHeld('turnRight') ? 1 : 0);
    if (turn !== 0) s.facing = wrapAngle(s.facing + turn * TURN_RATE * dt);
    const fwd = (this.isHeld('forward') ? 1 : 0) - (this.isHeld('back') ? 1 : 0);
    const strafe = (this.isHeld('right') ? 1 : 0) - (this.isHeld('left') ? 1 : 0);
    if (fwd !== 0 || strafe !== 0) {
      const len = Math.hypot(fwd, strafe);
      const step = ((this.fast ? FAST_SPEED : WALK_SPEED) * dt) / len;
      const sin = Math.sin(s.facing);
      const cos = Math.cos(s.facing);
      s.position[0] += (fwd * sin - strafe * cos) * step;
      s.position[1] += (fwd * cos + strafe * sin) * step;
      this.clampToRoom();
    }
    return s;
  }

  /** The rotation.y a three.js camera needs to look along the trainee's facing. */
  cameraYaw(): number {
    return this.signals.facing + Math.PI;
  }

  private isHeld(dir: keyof typeof MOVE_KEYS): boolean {
    for (const k of MOVE_KEYS[dir]) if (this.held.has(k)) return true;
    return false;
  }

  private clampToRoom(): void {
    const { width, depth } = this.opts.room;
    const p = this.signals.position;
    const hx = Math.max(0, width / 2 - WALL_MARGIN);
    const hz = Math.max(0, depth / 2 - WALL_MARGIN);
    p[0] = Math.max(-hx, Math.min(hx, p[0]));
    p[1] = Math.max(-hz, Math.min(hz, p[1]));
  }
}

export function wrapAngle(a: number): number {
  let r = a % (2 * Math.PI);
  if (r > Math.PI) r -= 2 * Math.PI;
  if (r < -Math.PI) r += 2 * Math.PI;
  return r;
}
