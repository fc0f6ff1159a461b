import { describe, expect, it } from 'vitest';
import { headYaw } from './bodyFrame';
import { syntheticPose, type SyntheticBody } from './synthetic';
import { XR_THRESHOLDS } from './thresholds';
import { XrInput } from './xrInput';

const patientHead = { x: 0, y: 1.62, z: 3 };
const make = () => new XrInput({ start: { position: [0, 0], facingDeg: 0 } });
/** A body at (0, 0) facing the patient at +z unless told otherwise. */
const body = (b: Partial<SyntheticBody> = {}): SyntheticBody => ({ x: 0, z: 0, yaw: 0, ...b });

function signalsFor(b: SyntheticBody, frames = 3, dt = 1 / 72) {
  const input = make();
  const pose = syntheticPose(b);
  for (let i = 0; i < frames; i++) input.update(dt, pose, patientHead, null);
  return input.signals;
}

describe('XrInput: head', () => {
  it('takes position, head height and facing from the headset (yaw 0 = +z)', () => {
    const s = signalsFor(body({ x: 1.5, z: -2, yaw: Math.PI / 2, eye: 1.2 }));
    expect(s.position).toEqual([1.5, -2]);
    expect(s.headHeight).toBeCloseTo(1.2, 6);
    expect(s.facing).toBeCloseTo(Math.PI / 2, 6);
  });

  it('headYaw of an identity camera (looking down -z) is π', () => {
    expect(Math.abs(headYaw({ x: 0, y: 0, z: 0, w: 1 }))).toBeCloseTo(Math.PI, 6);
  });
});

describe('XrInput: hands', () => {
  it.each([
    ['open', 'open', 'open'],
    ['rest', 'rest', 'open'],
    ['raised', 'raised', 'raised'],
    ['raised', 'open', 'raised'],
    ['crossed', 'crossed', 'crossed'],
    ['behind', 'behind', 'hidden'],
    ['open', 'behind', 'hidden'],
  ] as const)('left %s, right %s ⇒ %s', (left, right, expected) => {
    expect(signalsFor(body({ left, right })).hands).toBe(expected);
  });

  it('one crossed hand alone is not crossed arms', () => {
    expect(signalsFor(body({ left: 'crossed', right: 'open' })).hands).toBe('open');
  });

  it('points when the ray of an extended arm is on the patient’s head', () => {
    expect(signalsFor(body({ right: 'point', target: patientHead })).hands).toBe('pointing');
  });

  it('does not point when the ray misses by more than the cone', () => {
    const off = { x: 2, y: 1.6, z: 3 }; // ≈ 33° off
    expect(signalsFor(body({ right: 'point', target: off })).hands).toBe('open');
  });

  it('does not point with the finger curled (hand tracking says no)', () => {
    const input = make();
    const pose = syntheticPose(body({ right: 'point', target: patientHead }));
    pose.right.pointingFinger = false;
    expect(input.update(1 / 72, pose, patientHead, null).hands).toBe('open');
  });

  it('both hands untracked for half a second reads as hidden, not before', () => {
    const input = make();
    const pose = syntheticPose(body({ left: 'untracked', right: 'untracked' }));
    input.update(0.1, pose, patientHead, null);
    expect(input.signals.hands).toBe('open');
    for (let i = 0; i < 5; i++) input.update(0.1, pose, patientHead, null);
    expect(input.signals.hands).toBe('hidden');
  });
});

describe('XrInput: stance', () => {
  it('square-on to the patient is square; turned 40° is angled once the torso follows', () => {
    expect(signalsFor(body()).stance).toBe('square');
    const input = make();
    const pose = syntheticPose(body({ yaw: (40 * Math.PI) / 180 }));
    for (let i = 0; i < 300; i++) input.update(1 / 72, pose, patientHead, null);
    expect(input.signals.stance).toBe('angled');
  });

  it('a quick glance aside does not turn the torso at once', () => {
    const input = make();
    input.update(1 / 72, syntheticPose(body()), patientHead, null);
    input.update(1 / 72, syntheticPose(body({ yaw: 1 })), patientHead, null);
    expect(input.signals.stance).toBe('square');
    expect(input.signals.facing).toBeCloseTo(1, 6);
  });
});

describe('XrInput: sudden movement', () => {
  function sweep(handSpeed: number, headSpeed = 0) {
    const input = make();
    const b = body();
    const pose = syntheticPose(b);
    let sudden = false;
    for (let i = 0; i < 20; i++) {
      syntheticPose({ ...b, z: (headSpeed * i) / 72 }, pose);
      pose.right.position.x += (handSpeed * i) / 72;
      sudden = input.update(1 / 72, pose, patientHead, null).sudden || sudden;
    }
    return { sudden, input };
  }
  it('calm gesturing (1 m/s) and walking (1.3 m/s) are not sudden', () => {
    expect(sweep(1, 1.3).sudden).toBe(false);
  });
  it('a fast hand swipe (4 m/s) is sudden and stays on for the hold time', () => {
    const { sudden, input } = sweep(4);
    expect(sudden).toBe(true);
    const still = syntheticPose(body());
    still.right.position.x = input.signals.position[0] + 99; // a teleport-sized jump resets, not a spike
    input.update(1 / 72, still, patientHead, null);
    expect(input.speeds.right).toBe(0);
    for (let t = 0; t < XR_THRESHOLDS.motion.suddenHoldS + 0.05; t += 1 / 72)
      input.update(1 / 72, still, patientHead, null);
    expect(input.signals.sudden).toBe(false);
  });
  it('a lunge (2.6 m/s) is sudden', () => {
    expect(sweep(0, 2.6).sudden).toBe(true);
  });
});

describe('XrInput: gaze', () => {
  it('passes the target through and accumulates dwell while it stays', () => {
    const input = make();
    const pose = syntheticPose(body());
    input.update(0.1, pose, patientHead, 'patient.face');
    input.update(0.1, pose, patientHead, 'patient.face');
    input.update(0.1, pose, patientHead, 'patient.face');
    expect(input.signals.gaze).toBe('patient.face');
    expect(input.gazeDwell).toBeCloseTo(0.2, 6);
    input.update(0.1, pose, patientHead, 'main-exit');
    expect(input.gazeDwell).toBe(0);
  });
});
