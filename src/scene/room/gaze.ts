/**
 * What the trainee looks at: a ray (the camera's centre on desktop, the head ray in the headset) cast
 * against the gaze layer only. On that layer are the gaze proxies (patient face and hands, the
 * colleague, the exits' doorway boxes), the loose objects, and one invisible box per piece of
 * furniture that hides what is behind it. The room's shell and the panels are not on it, so a cast
 * tests a few dozen triangles instead of the whole room (issue 4: the room shell was the costly part).
 * Plain three, no React: both drivers and the tests use it.
 */
import {
  Box3,
  Matrix4,
  MeshBasicMaterial,
  Object3D,
  Ray,
  Raycaster,
  Vector3,
  type Intersection,
} from 'three';
import type { Setting } from '../../scenario';
import { FURNITURE_SIZE } from '../../scenario';
import { placement } from '../render/geometryUtils';

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
    const g: unknown = o.userData.gazeTarget;
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
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const g = targetOf(h.object);
    if (g !== null) return g;
    if (h.object.visible || h.object.userData.gazeOccluder) return null;
  }
  return null;
}

/**
 * The furniture as boxes the gaze ray cannot see through (its default or stretched size, placed and
 * turned): one object on the gaze layer only, never drawn, with userData.gazeOccluder. It tests the
 * ray against each box directly (a ray-box slab test in the box's frame) rather than against
 * triangles: a merged box mesh's bound spans the whole room, so every cast tested all of them.
 */
export class FurnitureOccluders extends Object3D {
  private readonly boxes: { inverse: Matrix4; box: Box3 }[];
  private readonly local = new Ray();
  private readonly point = new Vector3();
  private readonly roomFromWorld = new Matrix4();
  private readonly boxFromWorld = new Matrix4();
  private readonly worldFromBox = new Matrix4();

  constructor(setting: Setting) {
    super();
    this.name = 'room:gaze-occluders';
    this.layers.mask = GAZE_ONLY;
    this.visible = false;
    this.userData.gazeOccluder = true;
    this.boxes = setting.furniture.map((f) => {
      const [w, d, h] = f.size ?? FURNITURE_SIZE[f.kind];
      return {
        inverse: placement(f.position[0], f.position[1], f.rotationDeg).invert(),
        box: new Box3(new Vector3(-w / 2, 0, -d / 2), new Vector3(w / 2, h, d / 2)),
      };
    });
  }

  /** How many pieces of furniture it stands for. */
  get boxCount(): number {
    return this.boxes.length;
  }

  override raycast(raycaster: Raycaster, intersects: Intersection[]): void {
    this.roomFromWorld.copy(this.matrixWorld).invert();
    for (let i = 0; i < this.boxes.length; i++) {
      const { inverse, box } = this.boxes[i]!;
      this.boxFromWorld.multiplyMatrices(inverse, this.roomFromWorld);
      this.local.copy(raycaster.ray).applyMatrix4(this.boxFromWorld);
      if (!this.local.intersectBox(box, this.point)) continue;
      const world = this.point.applyMatrix4(this.worldFromBox.copy(this.boxFromWorld).invert());
      const distance = raycaster.ray.origin.distanceTo(world);
      if (distance < raycaster.near || distance > raycaster.far) continue;
      intersects.push({ distance, point: world.clone(), object: this });
    }
  }
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
