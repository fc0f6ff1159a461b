import { describe, expect, it } from 'vitest';
import { DesktopInput, wrapAngle } from './desktopInput';
import { STANDING_EYE_HEIGHT } from '../../sim';
import { DEFAULT_SEATED_HEIGHT, FAST_SPEED, WALK_SPEED } from './keymap';

const room = { width: 8, depth: 6 };
const make = (facingDeg = 0, position: [number, number] = [0, 0]) =>
  new DesktopInput({ room, start: { position, facingDeg } });

/** Run n ticks of dt seconds. */
function run(input: DesktopInput, seconds: number, dt = 0.05) {
  for (let t = 0; t < seconds - 1e-9; t += dt) input.update(dt, null);
  return input.signals;
}

describe('DesktopInput movement', () => {
  it('walks forward along +z when facing 0 at 1.2 m/s', () => {
    const input = make(0);
    input.keyDown('KeyW');
    const s = run(input, 1);
    expect(s.position[0]).toBeCloseTo(0, 6);
    expect(s.position[1]).toBeCloseTo(WALK_SPEED, 6);
  });

  it('walks forward along the facing direction (90° faces +x)', () => {
    const input = make(90);
    input.keyDown('ArrowUp');
    const s = run(input, 1);
    expect(s.position[0]).toBeCloseTo(WALK_SPEED, 6);
    expect(s.position[1]).toBeCloseTo(0, 6);
  });

  it('Shift walks fast at 2.5 m/s and stops being fast on release', () => {
    const input = make(0, [0, -2.5]);
    input.keyDown('ShiftLeft', true);
    input.keyDown('KeyW', true);
    run(input, 1);
    expect(input.signals.position[1]).toBeCloseTo(-2.5 + FAST_SPEED, 6);
    input.keyUp('ShiftLeft', false);
    run(input, 1);
    expect(input.signals.position[1]).toBeCloseTo(-2.5 + FAST_SPEED + WALK_SPEED, 6);
  });

  it('strafes right with D: facing +z, the right hand side is -x', () => {
    const input = make(0);
    input.keyDown('KeyD');
    const s = run(input, 1);
    expect(s.position[0]).toBeCloseTo(-WALK_SPEED, 6);
  });

  it('diagonal movement is not faster than straight', () => {
    const input = make(0);
    input.keyDown('KeyW');
    input.keyDown('KeyA');
    const s = run(input, 1);
    expect(Math.hypot(s.position[0], s.position[1])).toBeCloseTo(WALK_SPEED, 6);
  });

  it('stops when keys are released, and releaseAll clears held keys', () => {
    const input = make(0);
    input.keyDown('KeyS');
    run(input, 0.5);
    input.keyUp('KeyS');
    const z = input.signals.position[1];
    run(input, 1);
    expect(input.signals.position[1]).toBe(z);
    input.keyDown('KeyW');
    input.releaseAll();
    run(input, 1);
    expect(input.signals.position[1]).toBe(z);
  });

  it('clamps inside the room with a 0.3 m margin', () => {
    const input = make(0);
    input.keyDown('KeyW');
    run(input, 10);
    expect(input.signals.position[1]).toBeCloseTo(3 - 0.3, 6);
    input.releaseAll();
    input.keyDown('KeyA'); // facing +z, left is +x
    run(input, 10);
    expect(input.signals.position[0]).toBeCloseTo(4 - 0.3, 6);
  });

  it('clamps a start position outside the room', () => {
    expect(make(0, [10, -10]).signals.position).toEqual([3.7, -2.7]);
  });
});

describe('DesktopInput looking and turning', () => {
  it('Q turns counter-clockwise (left), E clockwise', () => {
    const input = make(0);
    input.keyDown('KeyQ');
    run(input, 0.5);
    expect(input.signals.facing).toBeGreaterThan(0);
    input.keyUp('KeyQ');
    input.keyDown('KeyE');
    run(input, 1);
    expect(input.signals.facing).toBeLessThan(0);
  });

  it('mouse right turns right (yaw decreases), mouse up looks up, pitch is clamped', () => {
    const input = make(0);
    input.mouseMove(100, 0);
    expect(input.signals.facing).toBeLessThan(0);
    input.mouseMove(0, -100);
    expect(input.pitch).toBeGreaterThan(0);
    input.mouseMove(0, -100000);
    expect(input.pitch).toBeLessThanOrEqual(1.2);
  });

  it('camera yaw is facing + π (a camera looks down its -z)', () => {
    const input = make(30);
    expect(input.cameraYaw()).toBeCloseTo(Math.PI / 6 + Math.PI, 6);
  });

  it('passes the gaze target through', () => {
    const input = make(0);
    expect(input.update(0.016, 'patient.face').gaze).toBe('patient.face');
    expect(input.update(0.016, null).gaze).toBeNull();
  });

  it('wrapAngle keeps angles in [-π, π]', () => {
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI, 6);
    expect(wrapAngle(-3.5 * Math.PI)).toBeCloseTo(0.5 * Math.PI, 6);
  });
});

describe('DesktopInput body language', () => {
  it.each([
    ['KeyZ', 'open'],
    ['KeyX', 'hidden'],
    ['KeyV', 'crossed'],
    ['KeyR', 'raised'],
    ['KeyT', 'pointing'],
  ] as const)('%s sets hands to %s', (code, hands) => {
    const input = make();
    input.setHands(code === 'KeyZ' ? 'hidden' : 'open');
    expect(input.keyDown(code)).toBe(true);
    expect(input.signals.hands).toBe(hands);
  });

  it('H cycles through every hand pose and back', () => {
    const input = make();
    const seen = [input.signals.hands];
    for (let i = 0; i < 5; i++) {
      input.keyDown('KeyH');
      seen.push(input.signals.hands);
    }
    expect(seen).toEqual(['open', 'hidden', 'crossed', 'raised', 'pointing', 'open']);
  });

  it('G toggles stance between angled and square', () => {
    const input = make();
    expect(input.signals.stance).toBe('angled');
    input.keyDown('KeyG');
    expect(input.signals.stance).toBe('square');
    input.keyDown('KeyG');
    expect(input.signals.stance).toBe('angled');
  });

  it('B cycles the delivery of the next line: calm, firm, raised, calm', () => {
    const input = make();
    const seen = [input.delivery];
    for (let i = 0; i < 3; i++) {
      expect(input.keyDown('KeyB')).toBe(true);
      seen.push(input.delivery);
    }
    expect(seen).toEqual(['calm', 'firm', 'raised', 'calm']);
  });

  it('C toggles crouch, lowering the head height', () => {
    const input = make();
    expect(input.signals.headHeight).toBe(STANDING_EYE_HEIGHT);
    input.keyDown('KeyC');
    expect(input.signals.headHeight).toBe(DEFAULT_SEATED_HEIGHT);
    input.setSeatedHeight(1.0);
    expect(input.signals.headHeight).toBe(1.0);
    input.keyDown('KeyC');
    expect(input.signals.headHeight).toBe(STANDING_EYE_HEIGHT);
  });

  it('leaves digits to the utterance menu', () => {
    const input = make();
    expect(input.keyDown('Digit1')).toBe(false);
    expect(input.keyDown('KeyL')).toBe(false);
  });
});
