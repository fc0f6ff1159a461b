/**
 * Loose objects (the things a patient could pick up) as vertex-coloured low-poly parts, bottom at
 * y = 0 in their own frame. Each is its own mesh so gaze raycasts can name it.
 */
import { TorusGeometry } from 'three';
import type { OBJECT_KINDS } from '../../scenario';
import { furnitureParts } from './furniture';
import { box, cyl, type Coloured } from '../render/geometryUtils';

export type ObjectKind = (typeof OBJECT_KINDS)[number];

const METAL = '#c2c7cc';
const builders: Record<ObjectKind, () => Coloured[]> = {
  cup: () => [
    cyl(0.04, 0.035, 0.1, 0, 0, 0, '#f4f4f0', 10),
    { geometry: new TorusGeometry(0.025, 0.006, 4, 8).translate(0.045, 0.05, 0), colour: '#f4f4f0' },
  ],
  knife: () => [box(0.18, 0.004, 0.03, 0.06, 0, 0, METAL), box(0.11, 0.02, 0.024, -0.085, 0, 0, '#1d1d1d')],
  scissors: () => [
    { geometry: box(0.13, 0.005, 0.012, 0.06, 0, 0, METAL).geometry.rotateY(0.12), colour: METAL },
    { geometry: box(0.13, 0.005, 0.012, 0.06, 0.005, 0, METAL).geometry.rotateY(-0.12), colour: METAL },
    {
      geometry: new TorusGeometry(0.022, 0.007, 4, 10).rotateX(Math.PI / 2).translate(-0.03, 0.005, 0.02),
      colour: '#e0701a',
    },
    {
      geometry: new TorusGeometry(0.022, 0.007, 4, 10).rotateX(Math.PI / 2).translate(-0.03, 0.005, -0.02),
      colour: '#e0701a',
    },
  ],
  bottle: () => [
    cyl(0.035, 0.035, 0.2, 0, 0, 0, '#6fa6c9', 10),
    cyl(0.015, 0.03, 0.05, 0, 0.2, 0, '#6fa6c9', 10),
    cyl(0.016, 0.016, 0.02, 0, 0.25, 0, '#1f5e9a', 8),
  ],
  chair: () => furnitureParts('chair'),
  fireExtinguisher: () => [
    cyl(0.075, 0.075, 0.5, 0, 0, 0, '#c81e1e', 12),
    cyl(0.02, 0.04, 0.06, 0, 0.5, 0, '#202020'),
    box(0.12, 0.02, 0.03, 0.03, 0.55, 0, '#202020'),
    box(0.02, 0.02, 0.2, -0.05, 0.52, 0.08, '#202020'),
    box(0.1, 0.12, 0.005, 0, 0.22, 0.075, '#f2f2f2'),
  ],
  vase: () => [
    cyl(0.05, 0.07, 0.22, 0, 0, 0, '#3f7fa6', 10),
    cyl(0.004, 0.004, 0.15, 0, 0.22, 0, '#4a8a43', 4),
    box(0.06, 0.05, 0.06, 0, 0.35, 0, '#e04a7a'),
  ],
  phone: () => [box(0.075, 0.01, 0.155, 0, 0, 0, '#1b1b1e'), box(0.065, 0.002, 0.14, 0, 0.01, 0, '#35506a')],
  bag: () => [
    box(0.4, 0.28, 0.18, 0, 0, 0, '#6b4a2e'),
    { geometry: new TorusGeometry(0.11, 0.012, 4, 12, Math.PI).translate(0, 0.28, 0), colour: '#4d3520' },
  ],
  cane: () => [
    cyl(0.012, 0.012, 0.85, 0, 0, 0, '#5a3d25', 6),
    box(0.14, 0.025, 0.025, 0.05, 0.85, 0, '#3a2717'),
    cyl(0.015, 0.015, 0.02, 0, 0, 0, '#111111', 6),
  ],
  tray: () => [
    box(0.45, 0.02, 0.33, 0, 0, 0, '#cfd4d8'),
    box(0.45, 0.03, 0.01, 0, 0, 0.16, '#b6bcc1'),
    box(0.45, 0.03, 0.01, 0, 0, -0.16, '#b6bcc1'),
  ],
  pan: () => [
    cyl(0.12, 0.11, 0.06, 0, 0, 0, '#2b2b2b', 14),
    box(0.2, 0.015, 0.03, 0.22, 0.045, 0, '#1a1a1a'),
  ],
};

export function objectParts(kind: ObjectKind): Coloured[] {
  return builders[kind]();
}
