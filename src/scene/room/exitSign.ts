/**
 * The green exit sign as geometry: a running figure heading for a door, and an arrow (the
 * ISO 7010 E001 pictogram; the sign needs no words), white on green. Built from thin boxes in the
 * sign's own frame (centred, facing +z), so the signs are part of the room's one mesh and need no
 * texture: no draw call of their own and no canvas at start-up.
 */
import { BoxGeometry, CircleGeometry } from 'three';
import type { Coloured } from '../render/geometryUtils';

export const SIGN_SIZE = { width: 0.42, height: 0.16, depth: 0.03 } as const;
const GREEN = '#0b8a3e';
const WHITE = '#ffffff';
/** Drawn in a 256 x 96 grid (x right, y down), as a sign maker would lay it out. */
const PX = SIGN_SIZE.width / 256;
const LINE = 7 * PX;
const FACE = SIGN_SIZE.depth / 2 + 0.001;

const at = (x: number, y: number): [number, number] => [(x - 128) * PX, (48 - y) * PX];

function stroke(x0: number, y0: number, x1: number, y1: number): Coloured {
  const [ax, ay] = at(x0, y0);
  const [bx, by] = at(x1, y1);
  const length = Math.hypot(bx - ax, by - ay) + LINE; // round-ish caps: joints overlap
  const geometry = new BoxGeometry(length, LINE, 0.002)
    .rotateZ(Math.atan2(by - ay, bx - ax))
    .translate((ax + bx) / 2, (ay + by) / 2, FACE);
  return { geometry, colour: WHITE };
}

const path = (pts: [number, number][]) =>
  pts.slice(1).map(([x, y], i) => stroke(pts[i]![0], pts[i]![1], x, y));

/** The sign's parts in its own frame, metres, front face toward +z. */
export function exitSignParts(): Coloured[] {
  const [hx, hy] = at(44, 22);
  return [
    {
      geometry: new BoxGeometry(SIGN_SIZE.width, SIGN_SIZE.height, SIGN_SIZE.depth),
      colour: GREEN,
    },
    { geometry: new CircleGeometry(8 * PX, 10).translate(hx, hy, FACE), colour: WHITE },
    // The running figure.
    ...path([
      [40, 34],
      [32, 58],
    ]),
    ...path([
      [32, 58],
      [44, 70],
      [40, 84],
    ]),
    ...path([
      [32, 58],
      [22, 72],
      [12, 72],
    ]),
    ...path([
      [38, 40],
      [52, 50],
      [60, 44],
    ]),
    ...path([
      [38, 40],
      [26, 44],
      [20, 54],
    ]),
    // The door.
    ...path([
      [66, 16],
      [88, 16],
      [88, 80],
      [66, 80],
      [66, 16],
    ]),
    // The arrow: this way out.
    stroke(112, 48, 226, 48),
    stroke(226, 48, 200, 26),
    stroke(226, 48, 200, 70),
  ];
}
