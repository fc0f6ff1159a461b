import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Camera, Mesh, Object3D, Vector3, type Intersection } from 'three';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGazeCaster, FurnitureOccluders, GAZE_LAYER, gazeTargetOf } from './gaze';
import { createPatientView } from '../patient/patientView';
import { SAMPLE_APPEARANCE, SAMPLE_SETTING } from '../sampleSetting';
import { SceneContents } from '../SceneContents';

const hit = (object: Object3D, distance: number) => ({ object, distance }) as Intersection;
function mesh(opts: { visible?: boolean; gaze?: string; occluder?: boolean; parent?: Object3D } = {}) {
  const m = new Mesh();
  m.visible = opts.visible ?? true;
  if (opts.gaze) m.userData.gazeTarget = opts.gaze;
  if (opts.occluder) m.userData.gazeOccluder = true;
  opts.parent?.add(m);
  return m;
}

describe('gazeTargetOf', () => {
  it('takes an invisible gaze proxy as the target', () => {
    expect(gazeTargetOf([hit(mesh({ visible: false, gaze: 'patient.face' }), 2)])).toBe('patient.face');
  });
  it('walks up to a marked ancestor', () => {
    const root = new Object3D();
    root.userData.gazeTarget = 'coffee-cup';
    expect(gazeTargetOf([hit(mesh({ parent: root }), 1)])).toBe('coffee-cup');
  });
  it('a visible unmarked surface in front hides targets behind it', () => {
    expect(gazeTargetOf([hit(mesh(), 1), hit(mesh({ visible: false, gaze: 'main-exit' }), 3)])).toBeNull();
  });
  it('an invisible furniture occluder in front hides targets behind it', () => {
    const occluder = mesh({ visible: false, occluder: true });
    expect(gazeTargetOf([hit(occluder, 1), hit(mesh({ visible: false, gaze: 'kari' }), 2)])).toBeNull();
  });
  it('skips invisible unmarked helpers', () => {
    expect(gazeTargetOf([hit(mesh({ visible: false }), 1), hit(mesh({ gaze: 'x' }), 2)])).toBe('x');
  });
});

describe('the gaze ray in the sample waiting room', () => {
  let r: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;
  let scene: Object3D;
  const caster = createGazeCaster();
  const look = (from: [number, number, number], to: Vector3 | [number, number, number]) => {
    const origin = new Vector3(...from);
    const target = to instanceof Vector3 ? to : new Vector3(...to);
    return caster.cast(scene, origin, target.sub(origin).normalize());
  };
  const worldOf = (name: string) => scene.getObjectByName(name)!.getWorldPosition(new Vector3());

  beforeEach(async () => {
    const view = createPatientView({ pose: 'standing', patientPosition: [-0.5, -0.5], patientFacing: 0 });
    r = await ReactThreeTestRenderer.create(
      <SceneContents setting={SAMPLE_SETTING} appearance={SAMPLE_APPEARANCE} view={view} />,
    );
    await r.advanceFrames(3, 1 / 60);
    scene = r.scene.instance;
    scene.updateMatrixWorld(true);
  });
  afterEach(() => r.unmount());

  it('names the patient’s face, an exit and the colleague over the counter', () => {
    expect(look([-0.5, 1.65, 2.2], worldOf('gaze:patient.face'))).toBe('patient.face');
    expect(look([0.4, 1.65, 2.2], [0.4, 1.0, -3])).toBe('treatmentDoor');
    expect(look([2.5, 1.65, 0], [2.5, 1.5, -2.65])).toBe('receptionist');
  });

  it('the reception counter hides the colleague’s legs; the bare wall is nothing', () => {
    expect(look([2.5, 0.8, 0], [2.5, 0.5, -2.65])).toBeNull();
    expect(look([0, 1.65, 0], [4, 2.2, 0])).toBeNull();
  });

  it('only proxies, loose objects and furniture boxes are on the gaze layer, and none of the gaze-only ones is drawn', () => {
    const camera = new Camera(); // sees layer 0, as the desktop and (with the eye layers) XR cameras
    const onLayer: string[] = [];
    let triangles = 0;
    scene.traverse((o) => {
      if (!o.layers.isEnabled(GAZE_LAYER)) return;
      onLayer.push(o.name);
      if (!o.layers.test(camera.layers)) expect(o.visible, o.name).toBe(false);
      if (!(o instanceof Mesh)) return;
      const g = o.geometry;
      triangles += (g.index ? g.index.count : g.getAttribute('position').count) / 3;
    });
    expect(onLayer).not.toContain('room:shell');
    expect(onLayer).toContain('room:gaze-occluders');
    expect(onLayer).toContain('gaze:patient.face');
    for (const o of SAMPLE_SETTING.objects) expect(onLayer).toContain(`object:${o.id}`);
    // What one cast may test: a small fraction of the room's triangles plus the proxies.
    expect(triangles).toBeLessThan(1500);
    const occluders = scene.getObjectByName('room:gaze-occluders') as FurnitureOccluders;
    expect(occluders.boxCount).toBe(SAMPLE_SETTING.furniture.length);
  });

  it('a furniture box hides from any side, and the ray reports where it meets it', () => {
    const caster = createGazeCaster();
    const occluders = scene.getObjectByName('room:gaze-occluders') as FurnitureOccluders;
    const hits: Intersection[] = [];
    // The reception counter: 2.4 m wide, 0.7 m deep, 1.1 m high, centred at (2.5, -2.0).
    caster.raycaster.set(new Vector3(2.5, 0.5, 0), new Vector3(0, 0, -1));
    occluders.raycast(caster.raycaster, hits);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.distance).toBeCloseTo(2 - 0.35, 5);
    hits.length = 0;
    caster.raycaster.set(new Vector3(2.5, 2.0, -2.0), new Vector3(0, -1, 0)); // from above
    occluders.raycast(caster.raycaster, hits);
    expect(hits[0]!.distance).toBeCloseTo(2.0 - 1.1, 5);
    hits.length = 0;
    caster.raycaster.set(new Vector3(2.5, 1.5, 0), new Vector3(0, 0, -1)); // over it
    occluders.raycast(caster.raycaster, hits);
    expect(hits).toHaveLength(0);
  });
});
