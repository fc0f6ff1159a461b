import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it, vi } from 'vitest';

// happy-dom has no AudioContext: howler must never load here.
vi.mock('howler', () => ({ Howl: vi.fn(), Howler: {} }));

import { floorToWorld, patientHeadHeight, toHowlerOrientation, toHowlerPosition } from './spatial';

const close = (a: ArrayLike<number>, b: number[]) => b.forEach((v, i) => expect(a[i]).toBeCloseTo(v, 6));

function listenerOf(camera: PerspectiveCamera): Float64Array {
  camera.updateMatrixWorld();
  const fwd = camera.getWorldDirection(new Vector3());
  const up = camera.up.clone().applyQuaternion(camera.quaternion);
  const out = new Float64Array(6);
  toHowlerOrientation(fwd, up, out);
  return out;
}

describe('three → howler mapping', () => {
  it('positions map one to one (both right-handed, +y up)', () => {
    const out = [0, 0, 0, 9];
    toHowlerPosition(new Vector3(1.5, 1.65, -2), out);
    expect(out).toEqual([1.5, 1.65, -2, 9]);
    const o = new Float64Array(5);
    toHowlerPosition({ x: 3, y: 4, z: 5 }, o, 2);
    expect(Array.from(o)).toEqual([0, 0, 3, 4, 5]);
  });

  it("an unrotated three camera is Web Audio's default listener (-z forward, +y up)", () => {
    close(listenerOf(new PerspectiveCamera()), [0, 0, -1, 0, 1, 0]);
  });

  it('turning the camera left (yaw +90°) points the listener down -x', () => {
    const cam = new PerspectiveCamera();
    cam.rotation.set(0, Math.PI / 2, 0, 'YXZ');
    close(listenerOf(cam), [-1, 0, 0, 0, 1, 0]);
  });

  it('looking down keeps forward and up orthonormal', () => {
    const cam = new PerspectiveCamera();
    cam.rotation.set(-0.5, 0.3, 0, 'YXZ');
    const o = listenerOf(cam);
    expect(Math.hypot(o[0]!, o[1]!, o[2]!)).toBeCloseTo(1, 9);
    expect(Math.hypot(o[3]!, o[4]!, o[5]!)).toBeCloseTo(1, 9);
    expect(o[0]! * o[3]! + o[1]! * o[4]! + o[2]! * o[5]!).toBeCloseTo(0, 9);
    expect(o[1]).toBeLessThan(0);
    expect(o[4]).toBeGreaterThan(0);
  });

  it('normalises, orthogonalises and survives degenerate vectors', () => {
    const o = new Float64Array(6);
    toHowlerOrientation({ x: 0, y: 0, z: -5 }, { x: 0, y: 2, z: -1 }, o);
    close(o, [0, 0, -1, 0, 1, 0]);
    toHowlerOrientation({ x: 0, y: 0, z: 0 }, { x: 0, y: 1, z: 0 }, o);
    close(o, [0, 0, -1, 0, 1, 0]);
    toHowlerOrientation({ x: 0, y: -1, z: 0 }, { x: 0, y: 1, z: 0 }, o);
    expect(Array.from(o).every(Number.isFinite)).toBe(true);
    expect(Math.hypot(o[3]!, o[4]!, o[5]!)).toBeCloseTo(1, 9);
    expect(o[4]).toBeCloseTo(0, 9);
  });

  it("puts the voice at the patient's mouth: sim [x, z] on the floor, height by pose and body", () => {
    const v = { x: 0, y: 0, z: 0 };
    expect(floorToWorld([1, -2], patientHeadHeight('standing'), v)).toEqual({ x: 1, y: 1.6, z: -2 });
    expect(patientHeadHeight('sitting')).toBeCloseTo(1.2);
    expect(patientHeadHeight('slumped')).toBeLessThan(patientHeadHeight('sitting'));
    expect(patientHeadHeight('pacing', 1.9)).toBeGreaterThan(patientHeadHeight('pacing', 1.6));
  });
});
