/**
 * Turns a scenario setting into a few merged geometries (one draw call per material): the shell
 * with all furniture, the ceiling light panels, the exit signs, the colleague's body and the loose
 * objects in their places; plus one geometry per loose object (for when it leaves its place), a gaze
 * box per exit and the furniture's gaze occluders. Shell and objects carry the mood's lighting baked
 * into their vertex colours (bakedLight.ts). Plain three, no React, so tests and tools can build it
 * directly.
 */
import { BoxGeometry, type BufferGeometry } from 'three';
import type { Setting } from '../../scenario';
import { bakeLighting, emissive } from '../render/bakedLight';
import { buildColleague, type ColleagueFigure } from '../patient/colleagueModel';
import { furnitureParts } from './furniture';
import { FurnitureOccluders } from './gaze';
import { mergeAll, mergeColoured, paint, placement } from '../render/geometryUtils';
import { objectParts } from './props';
import { lightRig, PANEL_COLOUR } from '../render/Lighting';
import { buildShell, type PlacedExit } from './roomGeometry';

export interface RoomModel {
  /**
   * Shell, furniture, light fittings, exit signs, the colleague's baked body and, at its end, each
   * loose object in its place (`objects[i].range`): one geometry, one draw call.
   */
  shell: BufferGeometry;
  exits: PlacedExit[];
  /** Furniture boxes that hide gaze targets behind them (gaze.ts). */
  occluders: FurnitureOccluders;
  objects: LooseObject[];
  /** The colleague's gaze proxy (its body is in the shell). */
  colleague: Pick<ColleagueFigure, 'root' | 'dispose'> | null;
  dispose(): void;
}

export interface LooseObject {
  id: string;
  /** Its own geometry, around its origin: drawn by its own mesh when out of its place. */
  geometry: BufferGeometry;
  position: [number, number, number];
  /** Its vertices in its place within the shell: [first, count]. */
  range: [number, number];
}

/** Ceiling panel centres: one 0.6 x 1.2 m fitting per ~2.4 m, fewer when dim. */
export function panelLayout(setting: Setting): [number, number][] {
  const pitch = setting.lighting === 'dim' ? 4 : 2.4;
  const nx = Math.max(1, Math.round(setting.width / pitch));
  const nz = Math.max(1, Math.round(setting.depth / pitch));
  const out: [number, number][] = [];
  for (let i = 0; i < nx; i++)
    for (let k = 0; k < nz; k++)
      out.push([(-0.5 + (i + 0.5) / nx) * setting.width, (-0.5 + (k + 0.5) / nz) * setting.depth]);
  return out;
}

export function buildRoom(setting: Setting): RoomModel {
  const shell = buildShell(setting);
  const pieces: BufferGeometry[] = [mergeColoured(shell.parts)];
  for (const f of setting.furniture) {
    const m = placement(f.position[0], f.position[1], f.rotationDeg);
    pieces.push(mergeColoured(furnitureParts(f.kind, f.size), m));
  }
  // Light fittings: a grey housing, lit, and a bright diffuser that is its own light (not lit, not
  // tone-mapped: the colour as given).
  const diffusers: BufferGeometry[] = [];
  for (const [x, z] of panelLayout(setting)) {
    pieces.push(paint(new BoxGeometry(0.68, 0.04, 1.28).translate(x, setting.height - 0.02, z), '#b9bdc0'));
    diffusers.push(
      emissive(
        new BoxGeometry(0.6, 0.02, 1.2).translate(x, setting.height - 0.045, z),
        PANEL_COLOUR[setting.lighting],
      ),
    );
  }
  const lights = lightRig(setting.lighting, setting.height);
  // Lit once here; the unlit material needs no normals.
  const baked = (g: BufferGeometry, at?: [number, number, number]) =>
    bakeLighting(g, lights, at).deleteAttribute('normal');
  const colleague = setting.colleague
    ? buildColleague(setting.colleague, setting.patientStart.position, setting.lighting, setting.height)
    : null;
  // The exit signs are lit from within, like the diffusers: their colours as given.
  const signs = shell.signs.map((p) => emissive(p.geometry, p.colour));
  const static_ = [baked(mergeAll(pieces)), ...diffusers, ...signs];
  if (colleague) static_.push(colleague.body); // merged (and so disposed) here, never drawn itself
  const fixed = mergeAll(static_);
  let first = fixed.getAttribute('position').count;
  const objects = setting.objects.map((o): LooseObject => {
    const position: [number, number, number] = [o.position[0], o.height, o.position[1]];
    const geometry = baked(mergeColoured(objectParts(o.kind)), position);
    const count = geometry.getAttribute('position').count;
    const range: [number, number] = [first, count];
    first += count;
    return { id: o.id, geometry, position, range };
  });
  const model: RoomModel = {
    // The objects in their places at the end, so one leaving it is a range of the shell to hide.
    shell: mergeAll([fixed, ...objects.map((o) => o.geometry.clone().translate(...o.position))]),
    exits: shell.exits,
    occluders: new FurnitureOccluders(setting),
    objects,
    colleague,
    dispose() {
      model.shell.dispose();
      model.colleague?.dispose();
      model.objects.forEach((o) => o.geometry.dispose());
    },
  };
  return model;
}
