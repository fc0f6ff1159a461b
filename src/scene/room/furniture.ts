/**
 * Furniture kinds as low-poly, vertex-coloured parts at real-world sizes (metres). Every builder
 * works in the piece's own frame: footprint centred on the origin, floor at y = 0, front toward +z.
 * A scenario's `size` [w, d, h] stretches the default shape.
 */
import { IcosahedronGeometry } from 'three';
import { FURNITURE_SIZE, type FURNITURE_KINDS } from '../../scenario';
import { box, cyl, type Coloured } from '../render/geometryUtils';

export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

const METAL = '#9aa0a6';
const DARK = '#2f3336';
const WHITE = '#eeeeea';
const WOOD = '#b48a5e';
const VINYL = '#3d6d8c';

const legs = (w: number, d: number, h: number, r: number, colour = METAL): Coloured[] =>
  [-1, 1].flatMap((sx) => [-1, 1].map((sz) => cyl(r, r, h, (sx * w) / 2, 0, (sz * d) / 2, colour, 6)));

const builders: Record<FurnitureKind, () => Coloured[]> = {
  chair: () => [
    box(0.46, 0.06, 0.46, 0, 0.39, 0.01, VINYL),
    box(0.46, 0.38, 0.05, 0, 0.47, -0.225, VINYL),
    ...legs(0.4, 0.4, 0.39, 0.014),
    box(0.03, 0.5, 0.03, 0.2, 0.39, -0.235, METAL),
    box(0.03, 0.5, 0.03, -0.2, 0.39, -0.235, METAL),
  ],
  bench: () => [
    box(1.6, 0.06, 0.45, 0, 0.39, 0, WOOD),
    box(0.06, 0.39, 0.4, -0.7, 0, 0, METAL),
    box(0.06, 0.39, 0.4, 0.7, 0, 0, METAL),
  ],
  table: () => [box(1.2, 0.03, 0.8, 0, 0.71, 0, '#d9d4c7'), ...legs(1.08, 0.68, 0.71, 0.022)],
  desk: () => [
    box(1.4, 0.03, 0.7, 0, 0.72, 0, '#d9d4c7'),
    box(0.42, 0.7, 0.66, 0.47, 0.02, 0, '#c4bdae'),
    box(0.03, 0.72, 0.66, -0.67, 0, 0, '#c4bdae'),
    box(1.3, 0.4, 0.02, 0, 0.3, -0.33, '#c4bdae'),
    box(0.2, 0.02, 0.01, 0.47, 0.55, 0.335, DARK),
    box(0.2, 0.02, 0.01, 0.47, 0.3, 0.335, DARK),
  ],
  counter: () => [
    box(2.0, 1.05, 0.62, 0, 0, -0.04, '#c9b79c'),
    box(2.04, 0.04, 0.3, 0, 1.05, 0.2, '#e6e1d6'),
    box(2.0, 0.08, 0.02, 0, 0.0, 0.275, DARK),
    box(1.9, 0.03, 0.5, 0, 0.74, -0.1, '#e6e1d6'),
  ],
  bed: () => [
    box(0.9, 0.2, 2.0, 0, 0.25, 0, METAL),
    box(0.88, 0.15, 1.96, 0, 0.45, 0, WHITE),
    box(0.6, 0.1, 0.35, 0, 0.6, -0.75, '#ffffff'),
    box(0.95, 0.55, 0.05, 0, 0.35, -1.03, '#c8cdd2'),
    box(0.95, 0.35, 0.05, 0, 0.35, 1.03, '#c8cdd2'),
    ...legs(0.8, 1.9, 0.25, 0.02),
    box(0.9, 0.04, 0.9, 0, 0.58, 0.4, '#8fb3cf'),
  ],
  cabinet: () => [
    box(0.8, 1.0, 0.45, 0, 0, 0, '#d6d0c4'),
    box(0.006, 0.94, 0.01, 0, 0.03, 0.226, DARK),
    box(0.02, 0.12, 0.02, -0.05, 0.7, 0.235, METAL),
    box(0.02, 0.12, 0.02, 0.05, 0.7, 0.235, METAL),
  ],
  sofa: () => [
    box(1.9, 0.42, 0.85, 0, 0, 0, '#6b7f6a'),
    box(1.9, 0.4, 0.2, 0, 0.42, -0.325, '#6b7f6a'),
    box(0.18, 0.2, 0.85, -0.86, 0.42, 0, '#5f725e'),
    box(0.18, 0.2, 0.85, 0.86, 0.42, 0, '#5f725e'),
  ],
  trolley: () => [
    box(0.8, 0.02, 0.5, 0, 0.28, 0, '#d8dde2'),
    box(0.8, 0.03, 0.5, 0, 0.86, 0, '#d8dde2'),
    ...legs(0.76, 0.46, 0.86, 0.012),
    ...legs(0.7, 0.4, 0.06, 0.03, DARK),
    box(0.3, 0.12, 0.2, -0.15, 0.89, 0, '#7fa7c9'),
  ],
  plant: () => [
    cyl(0.2, 0.15, 0.36, 0, 0, 0, '#a8593a', 10),
    cyl(0.02, 0.025, 0.5, 0, 0.36, 0, '#5b4330', 5),
    { geometry: new IcosahedronGeometry(0.28, 0).scale(1, 1.15, 1).translate(0, 0.95, 0), colour: '#3f7a3a' },
    { geometry: new IcosahedronGeometry(0.2, 0).translate(0.12, 0.72, 0.08), colour: '#4a8a43' },
    { geometry: new IcosahedronGeometry(0.18, 0).translate(-0.12, 1.12, -0.05), colour: '#367033' },
  ],
  screen: () => [
    ...[-0.53, 0, 0.53].flatMap((x, i) => [
      box(0.5, 1.5, 0.02, x, 0.22, (i - 1) * (i - 1) * 0.12, '#a9c7b8'),
      box(0.03, 1.8, 0.03, x - 0.26, 0, (i - 1) * (i - 1) * 0.12, METAL),
    ]),
    box(0.03, 1.8, 0.03, 0.79, 0, 0.12, METAL),
    box(1.6, 0.02, 0.35, 0, 0, 0.06, METAL),
  ],
  sink: () => [
    box(0.6, 0.12, 0.45, 0, 0.78, 0, WHITE),
    box(0.46, 0.02, 0.3, 0, 0.89, 0.03, '#c9d3da'),
    cyl(0.07, 0.09, 0.78, 0, 0, -0.08, WHITE, 8),
    cyl(0.015, 0.015, 0.2, 0, 0.9, -0.18, METAL, 6),
    box(0.03, 0.03, 0.14, 0, 1.07, -0.12, METAL),
  ],
  stove: () => [
    box(0.6, 0.88, 0.6, 0, 0, 0, WHITE),
    box(0.6, 0.02, 0.6, 0, 0.88, 0, DARK),
    box(0.46, 0.3, 0.01, 0, 0.3, 0.3, '#3a3f44'),
    box(0.5, 0.03, 0.03, 0, 0.72, 0.31, METAL),
    ...[-0.14, 0.14].flatMap((x) =>
      [-0.14, 0.14].map((z) => cyl(0.08, 0.08, 0.01, x, 0.9, z, '#505458', 12)),
    ),
  ],
  fridge: () => [
    box(0.6, 1.8, 0.65, 0, 0, 0, '#f2f2ef'),
    box(0.6, 0.01, 0.01, 0, 1.2, 0.326, '#b7b7b2'),
    box(0.03, 0.4, 0.03, 0.24, 1.35, 0.34, METAL),
    box(0.03, 0.5, 0.03, 0.24, 0.55, 0.34, METAL),
  ],
  wardrobe: () => [
    box(1.0, 2.0, 0.6, 0, 0, 0, WOOD),
    box(0.008, 1.9, 0.01, 0, 0.05, 0.301, '#6d5338'),
    box(0.02, 0.2, 0.02, -0.05, 1.0, 0.31, METAL),
    box(0.02, 0.2, 0.02, 0.05, 1.0, 0.31, METAL),
  ],
};

/** Parts of one piece at its default size, stretched to `size` when given. */
export function furnitureParts(kind: FurnitureKind, size?: readonly [number, number, number]): Coloured[] {
  const parts = builders[kind]();
  if (!size) return parts;
  const [w, d, h] = FURNITURE_SIZE[kind];
  for (const p of parts) p.geometry.scale(size[0] / w, size[2] / h, size[1] / d);
  return parts;
}
