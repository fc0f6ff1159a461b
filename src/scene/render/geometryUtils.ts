/** Helpers to build vertex-coloured low-poly geometry and merge it into one draw call per material. */
import {
  BoxGeometry,
  BufferAttribute,
  Color,
  CylinderGeometry,
  Matrix4,
  type BufferGeometry,
  type Object3D,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** A geometry paired with its flat colour. */
export interface Coloured {
  geometry: BufferGeometry;
  colour: string;
}

/** A box whose bottom sits at y (not its centre). */
export const box = (
  w: number,
  h: number,
  d: number,
  x: number,
  y: number,
  z: number,
  colour: string,
): Coloured => ({
  geometry: new BoxGeometry(w, h, d).translate(x, y + h / 2, z),
  colour,
});

/** An upright cylinder whose bottom sits at y. */
export const cyl = (
  rTop: number,
  rBottom: number,
  h: number,
  x: number,
  y: number,
  z: number,
  colour: string,
  seg = 10,
): Coloured => ({
  geometry: new CylinderGeometry(rTop, rBottom, h, seg).translate(x, y + h / 2, z),
  colour,
});

/**
 * An indexed copy with a colour attribute and without uvs, ready to merge with any other (a vertex
 * shared by a face's triangles is one vertex, transformed once).
 */
export function paint(geometry: BufferGeometry, colour: string | Color, matrix?: Matrix4): BufferGeometry {
  const g = indexed(geometry.clone());
  if (g.getAttribute('uv')) g.deleteAttribute('uv');
  if (matrix) g.applyMatrix4(matrix);
  g.setAttribute('color', solidColour(g.getAttribute('position').count, colour));
  return g;
}

/** One colour for `count` vertices: RGB, or RGBA when `alpha` is given (linear, as three's Color). */
export function solidColour(count: number, colour: string | Color, alpha?: number): BufferAttribute {
  const c = colour instanceof Color ? colour : new Color(colour);
  const size = alpha === undefined ? 3 : 4;
  const arr = new Float32Array(count * size);
  for (let i = 0; i < count * size; i += size) {
    arr[i] = c.r;
    arr[i + 1] = c.g;
    arr[i + 2] = c.b;
    if (alpha !== undefined) arr[i + 3] = alpha;
  }
  return new BufferAttribute(arr, size);
}

/** Paints and merges parts (each optionally transformed) into one geometry; disposes the inputs. */
export function mergeColoured(parts: readonly Coloured[], matrix?: Matrix4): BufferGeometry {
  const painted = parts.map((p) => paint(p.geometry, p.colour, matrix));
  parts.forEach((p) => p.geometry.dispose());
  return mergeAll(painted);
}

/** The geometry itself, given an index (0, 1, 2, ...) if it had none. */
export function indexed(geometry: BufferGeometry): BufferGeometry {
  if (!geometry.index) {
    const n = geometry.getAttribute('position').count;
    const index = n > 65535 ? new Uint32Array(n) : new Uint16Array(n);
    for (let i = 0; i < n; i++) index[i] = i;
    geometry.setIndex(new BufferAttribute(index, 1));
  }
  return geometry;
}

/**
 * Merges same-attribute geometries (indexed: those without an index get one) and disposes the
 * inputs. Each input's vertices stay together, in order, after those of the inputs before it.
 */
export function mergeAll(geometries: BufferGeometry[]): BufferGeometry {
  if (geometries.length === 0) return new BoxGeometry(0, 0, 0).deleteAttribute('uv');
  const merged = mergeGeometries(geometries.map(indexed));
  geometries.forEach((g) => g.dispose());
  if (!merged) throw new Error('scene: geometries with incompatible attributes');
  return merged;
}

/** Placement on the floor: position [x, z], height above floor, yaw in degrees. */
export function placement(x: number, z: number, rotationDeg = 0, y = 0): Matrix4 {
  return new Matrix4().makeRotationY((rotationDeg * Math.PI) / 180).setPosition(x, y, z);
}

/**
 * An object that does not move: its matrix composed now and no longer every frame (three then only
 * recomputes its world matrix when an ancestor's changes). Whoever moves it later calls updateMatrix().
 */
export function fixMatrix(o: Object3D): void {
  o.updateMatrix();
  o.matrixAutoUpdate = false;
}
