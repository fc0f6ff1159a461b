/**
 * Low-poly body parts of a human figure, each in its bone's local frame, as data for avatarRig.
 * Sizes are designed for a 1.75 m adult and scaled by height; colours come from the appearance.
 */
import { BoxGeometry, CapsuleGeometry, CylinderGeometry, SphereGeometry, type BufferGeometry } from 'three';
import type { BodyDims } from './skeleton';

export interface Appearance {
  skin: string;
  hair: string;
  top: string;
  trousers: string;
  height: number;
}

export const FACE_BONES = [
  'breath',
  'jaw',
  'lips',
  'eyeL',
  'eyeR',
  'browL',
  'browR',
  'fingersL',
  'indexL',
  'fingersR',
  'indexR',
] as const;
export type FaceBone = (typeof FACE_BONES)[number];

export type ColourKey =
  'skin' | 'hair' | 'top' | 'trousers' | 'shoes' | 'eyeWhite' | 'iris' | 'lips' | 'mouth' | 'brow';

export interface Part {
  bone: string;
  geometry: BufferGeometry;
  colour: ColourKey;
}

/** Where the extra (non-pose) bones sit relative to their parent, for a 1.75 m figure. */
export const EXTRA_BONES: Record<FaceBone, { parent: string; offset: [number, number, number] }> = {
  breath: { parent: 'chest', offset: [0, 0, 0] },
  jaw: { parent: 'head', offset: [0, 0.085, 0.02] },
  lips: { parent: 'head', offset: [0, 0.057, 0.093] },
  eyeL: { parent: 'head', offset: [0.032, 0.115, 0.086] },
  eyeR: { parent: 'head', offset: [-0.032, 0.115, 0.086] },
  browL: { parent: 'head', offset: [0.034, 0.138, 0.094] },
  browR: { parent: 'head', offset: [-0.034, 0.138, 0.094] },
  fingersL: { parent: 'handL', offset: [0, -0.095, -0.01] },
  indexL: { parent: 'handL', offset: [0, -0.095, 0.03] },
  fingersR: { parent: 'handR', offset: [0, -0.095, -0.01] },
  indexR: { parent: 'handR', offset: [0, -0.095, 0.03] },
};

const ellipsoid = (rx: number, ry: number, rz: number, x = 0, y = 0, z = 0, seg = 12) =>
  new SphereGeometry(1, seg, Math.round(seg * 0.7)).scale(rx, ry, rz).translate(x, y, z);
const box = (w: number, h: number, d: number, x = 0, y = 0, z = 0) =>
  new BoxGeometry(w, h, d).translate(x, y, z);
/** A limb segment hanging from the joint along -y, length L, overlapping its neighbours a little. */
const limb = (r: number, L: number) =>
  new CapsuleGeometry(r, Math.max(0.01, L - r), 3, 10).translate(0, -L / 2, 0);
const trunk = (rTop: number, rBottom: number, h: number, y: number, depth: number) =>
  new CylinderGeometry(rTop, rBottom, h, 14, 1).scale(1, 1, depth).translate(0, y, 0);

/** Body parts in bone-local coordinates, in metres for a 1.75 m adult (the rig scales them). */
export function avatarParts(d: BodyDims): Part[] {
  const k = 1.75 / d.height; // segment lengths below are in real metres; convert to design units
  const L = (x: number) => x * k;
  const p: Part[] = [];
  const add = (bone: string, colour: ColourKey, geometry: BufferGeometry) =>
    p.push({ bone, colour, geometry });

  // Trunk
  add('hips', 'trousers', ellipsoid(0.16, 0.1, 0.11, 0, -0.015, -0.01));
  add('spine', 'top', trunk(0.15, 0.158, 0.26, 0.07, 0.66));
  add('breath', 'top', trunk(0.185, 0.15, 0.25, 0.085, 0.62));
  add('breath', 'top', ellipsoid(0.17, 0.06, 0.1, 0, 0.205, -0.005));
  add('neck', 'skin', new CylinderGeometry(0.05, 0.057, 0.15, 10).translate(0, 0.03, 0.005));

  // Head and face
  add('head', 'skin', ellipsoid(0.077, 0.113, 0.095, 0, 0.105, 0.01, 16));
  const hair = new SphereGeometry(1, 16, 8, 0, Math.PI * 2, 0, Math.PI * 0.56)
    .scale(0.085, 0.122, 0.102)
    .rotateX(-0.42);
  add('head', 'hair', hair.translate(0, 0.118, -0.004));
  add('head', 'skin', ellipsoid(0.013, 0.026, 0.018, 0.078, 0.1, 0));
  add('head', 'skin', ellipsoid(0.013, 0.026, 0.018, -0.078, 0.1, 0));
  add('head', 'skin', box(0.02, 0.042, 0.026, 0, 0.093, 0.1).rotateX(-0.15));
  add('head', 'mouth', box(0.04, 0.022, 0.006, 0, 0.047, 0.087));
  add('lips', 'lips', box(0.046, 0.009, 0.012));
  add('jaw', 'lips', box(0.044, 0.01, 0.012, 0, -0.038, 0.074));
  add('jaw', 'skin', ellipsoid(0.03, 0.014, 0.012, 0, -0.052, 0.066));
  for (const s of ['L', 'R'] as const) {
    add(`eye${s}`, 'eyeWhite', ellipsoid(0.0135, 0.0105, 0.009, 0, 0, 0, 10));
    add(`eye${s}`, 'iris', ellipsoid(0.0068, 0.0068, 0.004, 0, 0, 0.0075, 8));
    add(`brow${s}`, 'brow', box(0.034, 0.007, 0.01));
  }

  // Arms
  for (const s of ['L', 'R'] as const) {
    add(`upperArm${s}`, 'top', ellipsoid(0.056, 0.058, 0.058, 0, -0.005, 0));
    add(`upperArm${s}`, 'top', limb(0.052, L(d.upperArm)));
    add(`forearm${s}`, 'skin', limb(0.04, L(d.forearm)));
    add(`hand${s}`, 'skin', box(0.03, 0.1, 0.085, 0, -0.048, 0));
    add(`fingers${s}`, 'skin', box(0.022, 0.075, 0.058, 0, -0.034, 0));
    add(`index${s}`, 'skin', box(0.018, 0.08, 0.018, 0, -0.036, 0));
  }

  // Legs
  for (const s of ['L', 'R'] as const) {
    add(`thigh${s}`, 'trousers', limb(0.078, L(d.thigh)));
    add(`shin${s}`, 'trousers', limb(0.058, L(d.shin)));
    const ankle = L(d.ankle);
    const foot = L(d.footLength);
    add(`foot${s}`, 'shoes', box(0.1, ankle, foot, 0, -ankle / 2, foot * 0.25));
  }
  return p;
}
