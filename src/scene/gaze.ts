/**
 * What the trainee looks at: a ray (the camera's centre on desktop, the head ray in the headset) cast
 * against the gaze layer only. On that layer are the gaze proxies (patient face and hands, the
 * colleague, the exits' doorway boxes), the loose objects, and one invisible box per piece of
 * furniture that hides what is behind it. The room's shell and the panels are not on it, so a cast
 * tests a few dozen triangles instead of the whole room (issue 4: the room shell was the costly part).
 * Plain three, no React: both drivers and the tests use it.
 */
import {
  BoxGeometry,
  MeshBasicMaterial,
  Raycaster,
  type BufferGeometry,
  type Intersection,
  type Object3D,
  type Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Setting } from '../scenario/schema';
import { FURNITURE_SIZE } from './furniture';
import { placement } from './geometryUtils';

/**
 * Layer 5: 1 and 2 are three's left and right eye layers in WebXR, so an object only on layer 5 is
 * never drawn (the cameras see layer 0, plus 1 and 2 per eye), yet the gaze ray still finds it.
 */
export const GAZE_LAYER = 5;

/** Layer mask (R3F `layers-mask`) of something drawn and found by the gaze ray. */
export const DRAWN_AND_GAZE = 1 | (1 << GAZE_LAYER);
/** Layer mask of something only the gaze ray finds (never drawn): proxies and occluders. */
export const GAZE_ONLY = 1 << GAZE_LAYER;

/** A material for gaze-only meshes (they are also `visible = false`, so never drawn). */
export const gazeOnlyMaterial = new MeshBasicMaterial({ visible: false });

function targetOf(o: Object3D | null): string | null {
  for (; o; o = o.parent) {
    const g = o.userData.gazeTarget;
    if (typeof g === 'string') return g;
  }
  return null;
}

/**
 * The gaze target among hits sorted by distance: the nearest hit that is a marked target (gaze
 * proxies are invisible by design), unless a furniture occluder or another visible surface comes
 * first (a counter hides the receptionist's legs). Unmarked invisible helpers are passed through.
 */
export function gazeTargetOf(hits: readonly Intersection[]): string | null {
  for (const h of hits) {
    const g = targetOf(h.object);
    if (g !== null) return g;
    if (h.object.visible || h.object.userData.gazeOccluder) return null;
  }
  return null;
}

/**
 * One merged box per piece of furniture (its default or stretched size, placed and turned), for an
 * invisible mesh on the gaze layer with userData.gazeOccluder (Room.tsx).
 */
export function furnitureOccluderGeometry(setting: Setting): BufferGeometry | null {
  const boxes = setting.furniture.map((f) => {
    const [w, d, h] = f.size ?? FURNITURE_SIZE[f.kind];
    return new BoxGeometry(w, h, d)
      .translate(0, h / 2, 0)
      .applyMatrix4(placement(f.position[0], f.position[1], f.rotationDeg));
  });
  if (boxes.length === 0) return null;
  const merged = mergeGeometries(boxes.map((b) => b.deleteAttribute('uv').deleteAttribute('normal')));
  boxes.forEach((b) => b.dispose());
  return merged;
}

/** A reusable caster: no allocation per cast (it runs every few frames of a run). */
export function createGazeCaster() {
  const raycaster = new Raycaster();
  raycaster.layers.set(GAZE_LAYER);
  const hits: Intersection[] = [];
  return {
    raycaster,
    /** The target along the ray from `origin` in the unit direction `dir`, or null. */
    cast(root: Object3D, origin: Vector3, dir: Vector3): string | null {
      raycaster.set(origin, dir);
      hits.length = 0;
      raycaster.intersectObject(root, true, hits);
      const g = gazeTargetOf(hits);
      hits.length = 0;
      return g;
    },
  };
}
