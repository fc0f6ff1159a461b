import type { HandPose } from '../../sim';

/**
 * Desktop key bindings by KeyboardEvent.code (physical position, so WASD works on Norwegian and
 * other layouts). Digits 0-9 are left to the utterance menu.
 */
export const MOVE_KEYS = {
  forward: ['KeyW', 'ArrowUp'],
  back: ['KeyS', 'ArrowDown'],
  left: ['KeyA', 'ArrowLeft'],
  right: ['KeyD', 'ArrowRight'],
  turnLeft: ['KeyQ'],
  turnRight: ['KeyE'],
} as const;

export const HAND_KEYS: Record<string, HandPose> = {
  KeyZ: 'open',
  KeyX: 'hidden',
  KeyV: 'crossed',
  KeyR: 'raised',
  KeyT: 'pointing',
};

export const KEY_CYCLE_HANDS = 'KeyH';
export const KEY_STANCE = 'KeyG';
export const KEY_CROUCH = 'KeyC';
/** Cycles the delivery of the next line: calm, firm, raised (B for "betoning"). */
export const KEY_DELIVERY = 'KeyB';

/** App-level actions (handled by the app, listed here so the help overlay and README agree). */
export const ACTION_KEYS = {
  alarm: 'KeyL',
  callHelp: 'KeyK',
  leave: 'KeyU',
  pause: ['KeyP', 'Escape'],
  help: ['F1', 'Slash'],
} as const;

/** Speeds and rates (design choices, metres and radians per second). */
export const WALK_SPEED = 1.2;
export const FAST_SPEED = 2.5;
export const TURN_RATE = 1.8;
export const MOUSE_SENSITIVITY = 0.0025;
export const DEFAULT_SEATED_HEIGHT = 1.15;
export const WALL_MARGIN = 0.3;
export const MAX_PITCH = 1.2;
