/**
 * The room shell from floor-plan data: floor, ceiling, four walls with door openings where the exits
 * are, door frames and leaves, a short lit corridor behind each opening, and the exit signs. Every
 * wall is built in its own frame (x along the wall, +z into the room, inner face at z = 0) and then
 * placed, so openings work the same on all four walls.
 */
import { Matrix4 } from 'three';
import { exitSignParts, SIGN_SIZE } from './exitSign';
import type { Setting } from '../../scenario';
import { box, type Coloured } from '../render/geometryUtils';

export const WALL_THICKNESS = 0.12;
export const DOOR_HEIGHT = 2.1;

type Wall = 'north' | 'south' | 'west' | 'east';
type Exit = Setting['exits'][number];

export interface PlacedExit {
  exit: Exit;
  wall: Wall;
  /** Centre of the opening on the wall's inner face, and the wall's inward yaw. */
  x: number;
  z: number;
  yaw: number;
  width: number;
  height: number;
}

const WALL_COLOUR = '#e4e6df';
const SKIRTING = '#7d8a86';
const FRAME = '#c3c8cc';
const LEAF = '#8ea7ba';
const CORRIDOR = '#d5dade';

/** The wall nearest to a floor point, and the point's coordinate along that wall. */
export function nearestWall(x: number, z: number, width: number, depth: number): { wall: Wall; u: number } {
  const d: [Wall, number, number][] = [
    ['north', Math.abs(z + depth / 2), x],
    ['south', Math.abs(z - depth / 2), -x],
    ['west', Math.abs(x + width / 2), -z],
    ['east', Math.abs(x - width / 2), z],
  ];
  d.sort((a, b) => a[1] - b[1]);
  const [wall, , u] = d[0]!;
  return { wall, u };
}

function wallFrame(wall: Wall, width: number, depth: number): { m: Matrix4; yaw: number; length: number } {
  const yaw = { north: 0, south: Math.PI, west: Math.PI / 2, east: -Math.PI / 2 }[wall];
  const pos = { north: [0, -depth / 2], south: [0, depth / 2], west: [-width / 2, 0], east: [width / 2, 0] }[
    wall
  ];
  const length = wall === 'north' || wall === 'south' ? width + 2 * WALL_THICKNESS : depth;
  return { m: new Matrix4().makeRotationY(yaw).setPosition(pos[0]!, 0, pos[1]!), yaw, length };
}

export function placeExits(setting: Setting): PlacedExit[] {
  return setting.exits.map((exit) => {
    const { wall, u } = nearestWall(exit.position[0], exit.position[1], setting.width, setting.depth);
    const { m, yaw, length } = wallFrame(wall, setting.width, setting.depth);
    const width = Math.min(exit.kind === 'corridor' ? Math.max(exit.width, 1.4) : exit.width, length - 0.4);
    const half = length / 2 - WALL_THICKNESS - width / 2 - 0.05;
    const uc = Math.max(-half, Math.min(half, u));
    const p = { x: uc, y: 0, z: 0 };
    const e = m.elements;
    const x = e[0] * p.x + e[12];
    const z = e[2] * p.x + e[14];
    const height = Math.min(exit.kind === 'corridor' ? 2.4 : DOOR_HEIGHT, setting.height - 0.2);
    return { exit, wall, x, z, yaw, width, height, u: uc };
  });
}

/** Wall pieces, frames, leaves and corridors of one wall, in the wall's frame. */
function wallParts(length: number, roomHeight: number, exits: (PlacedExit & { u: number })[]): Coloured[] {
  const T = WALL_THICKNESS;
  const parts: Coloured[] = [];
  const openings = exits
    .map((e) => [e.u - e.width / 2, e.u + e.width / 2, e] as const)
    .sort((a, b) => a[0] - b[0]);
  let from = -length / 2;
  const solid = (a: number, b: number, y0: number, y1: number) => {
    if (b - a > 0.001 && y1 - y0 > 0.001)
      parts.push(box(b - a, y1 - y0, T, (a + b) / 2, y0, -T / 2, WALL_COLOUR));
  };
  for (const [a, b, e] of openings) {
    solid(from, a, 0, roomHeight);
    solid(a, b, e.height, roomHeight);
    from = b;
    const w = e.width;
    const h = e.height;
    // Frame: two jambs and a head, proud of the wall on both sides.
    parts.push(
      box(0.07, h + 0.07, T + 0.04, a - 0.035, 0, -T / 2, FRAME),
      box(0.07, h + 0.07, T + 0.04, b + 0.035, 0, -T / 2, FRAME),
    );
    parts.push(box(w, 0.07, T + 0.04, e.u, h, -T / 2, FRAME));
    // Corridor beyond the opening: floor, side walls, end wall, ceiling.
    const len = e.exit.kind === 'corridor' ? 3.5 : 1.8;
    const cw = w + 0.9;
    const ch = h + 0.35;
    const zc = -T - len / 2;
    parts.push(box(cw, 0.02, len, e.u, -0.02, zc, '#a9a596'), box(cw, 0.05, len, e.u, ch, zc, '#eef0f0'));
    parts.push(
      box(0.05, ch, len, e.u - cw / 2, 0, zc, CORRIDOR),
      box(0.05, ch, len, e.u + cw / 2, 0, zc, CORRIDOR),
    );
    parts.push(box(cw, ch, 0.05, e.u, 0, -T - len, e.exit.kind === 'corridor' ? '#c8d4dc' : CORRIDOR));
    if (e.exit.kind !== 'corridor') {
      // Door leaf hinged at the left jamb, standing ajar into the corridor, with a handle or push bar.
      const open = e.exit.kind === 'emergencyExit' ? 0.35 : 0.6;
      const lw = w - 0.02;
      const hinge = new Matrix4().makeRotationY(open).setPosition(a + 0.01, 0, -T);
      const leaf: Coloured[] = [
        box(lw, h - 0.02, 0.045, lw / 2, 0, -0.0225, e.exit.kind === 'emergencyExit' ? '#5d9b6b' : LEAF),
      ];
      if (e.exit.kind === 'emergencyExit') leaf.push(box(lw * 0.8, 0.05, 0.05, lw / 2, 1.0, 0.02, '#d0d4d8'));
      else
        leaf.push(
          box(0.12, 0.025, 0.05, lw - 0.12, 1.02, 0.02, '#55595c'),
          box(0.3, 0.45, 0.005, lw / 2, 1.3, 0.0, '#d8e6ee'),
        );
      for (const l of leaf) parts.push({ geometry: l.geometry.applyMatrix4(hinge), colour: l.colour });
    }
  }
  solid(from, length / 2, 0, roomHeight);
  // Skirting along the inner face, split at the openings.
  let s = -length / 2 + T;
  for (const [a, b] of openings) {
    if (a > s) parts.push(box(a - s, 0.1, 0.015, (a + s) / 2, 0, 0.0075, SKIRTING));
    s = b;
  }
  if (length / 2 - T > s)
    parts.push(box(length / 2 - T - s, 0.1, 0.015, (length / 2 - T + s) / 2, 0, 0.0075, SKIRTING));
  return parts;
}

export interface Shell {
  /** Vertex-coloured parts in world space (floor, ceiling, walls, doors, corridors). */
  parts: Coloured[];
  /** Exit signs' parts in world space (self-lit: not to be baked). */
  signs: Coloured[];
  exits: PlacedExit[];
}

export function buildShell(setting: Setting): Shell {
  const { width: W, depth: D, height: H } = setting;
  const exits = placeExits(setting) as (PlacedExit & { u: number })[];
  const parts: Coloured[] = [];
  // Vinyl floor in large tiles of two shades, and the ceiling.
  const tile = 1.2;
  const nx = Math.ceil(W / tile);
  const nz = Math.ceil(D / tile);
  for (let i = 0; i < nx; i++)
    for (let k = 0; k < nz; k++) {
      const x0 = -W / 2 + i * tile;
      const z0 = -D / 2 + k * tile;
      const w = Math.min(tile, W / 2 - x0);
      const d = Math.min(tile, D / 2 - z0);
      parts.push(box(w, 0.02, d, x0 + w / 2, -0.02, z0 + d / 2, (i + k) % 2 ? '#b7b1a2' : '#bfb9aa'));
    }
  parts.push(box(W + 0.3, 0.05, D + 0.3, 0, H, 0, '#f0f0ec'));
  const signs: Coloured[] = [];
  for (const wall of ['north', 'south', 'west', 'east'] as const) {
    const { m, length } = wallFrame(wall, W, D);
    const here = exits.filter((e) => e.wall === wall);
    for (const p of wallParts(length, H, here))
      parts.push({ geometry: p.geometry.applyMatrix4(m), colour: p.colour });
    for (const e of here) {
      const y = Math.min(e.height + 0.12, H - 0.22);
      for (const p of exitSignParts())
        signs.push({
          geometry: p.geometry.translate(e.u, y + SIGN_SIZE.height / 2, 0.02).applyMatrix4(m),
          colour: p.colour,
        });
    }
  }
  return { parts, signs, exits };
}
