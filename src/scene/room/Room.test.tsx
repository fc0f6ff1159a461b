import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Vector3, type Mesh, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { drawStats } from '../render/drawStats';
import { createPatientView } from '../patient/patientView';
import { Room } from './Room';
import { SAMPLE_APPEARANCE, SAMPLE_SETTING } from '../sampleSetting';
import { SceneContents } from '../SceneContents';

const gazeIds = (root: Object3D) => {
  const ids = new Set<string>();
  root.traverse((o) => {
    if (typeof o.userData.gazeTarget === 'string') ids.add(o.userData.gazeTarget);
  });
  return ids;
};

describe('<Room>', () => {
  it('tags every exit, object and the colleague for gaze and stays within the draw budget', async () => {
    const r = await ReactThreeTestRenderer.create(<Room setting={SAMPLE_SETTING} />);
    const scene = r.scene.instance;
    const ids = gazeIds(scene);
    for (const e of SAMPLE_SETTING.exits) expect(ids).toContain(e.id);
    for (const o of SAMPLE_SETTING.objects) expect(ids).toContain(o.id);
    expect(ids).toContain(SAMPLE_SETTING.colleague!.id);
    const stats = drawStats(scene);
    expect(stats.drawCalls).toBeLessThanOrEqual(60);
    expect(stats.triangles).toBeLessThanOrEqual(100_000);
    expect(stats.drawCalls).toBe(1); // shell with furniture, lights, signs, colleague and loose objects
    await r.unmount();
  });

  it('puts every exit in a wall opening on the nearest wall', async () => {
    const r = await ReactThreeTestRenderer.create(<Room setting={SAMPLE_SETTING} />);
    const scene = r.scene.instance;
    const door = scene.getObjectByName('exit:treatmentDoor')!;
    const corridor = scene.getObjectByName('exit:corridor')!;
    expect(door.position.z).toBeCloseTo(-SAMPLE_SETTING.depth / 2, 5);
    expect(corridor.position.x).toBeCloseTo(-SAMPLE_SETTING.width / 2, 5);
    expect(door.position.y).toBeGreaterThan(0.9);
    await r.unmount();
  });

  it('renders room and patient together within 60 draw calls and 100k triangles', async () => {
    const view = createPatientView({ pose: 'sitting', patientPosition: [-0.5, -0.5] });
    const r = await ReactThreeTestRenderer.create(
      <SceneContents setting={SAMPLE_SETTING} appearance={SAMPLE_APPEARANCE} view={view} />,
    );
    await r.advanceFrames(3, 1 / 60);
    const scene = r.scene.instance;
    const ids = gazeIds(scene);
    expect(ids).toContain('patient.face');
    expect(ids).toContain('patient.hands');
    const stats = drawStats(scene);
    expect(stats.drawCalls).toBeLessThanOrEqual(60);
    expect(stats.triangles).toBeLessThanOrEqual(100_000);
    expect(stats.drawCalls).toBe(3); // the room, the patient, the blob shadows
    console.info(
      `scene budget: ${stats.drawCalls} draw calls, ${stats.triangles} triangles, ${stats.meshes} meshes`,
    );
    await r.unmount();
  });

  it('draws both figures’ blob shadows in one mesh; the patient’s follows the patient', async () => {
    const view = createPatientView({ pose: 'standing', patientPosition: [-0.5, -0.5] });
    const r = await ReactThreeTestRenderer.create(
      <SceneContents setting={SAMPLE_SETTING} appearance={SAMPLE_APPEARANCE} view={view} />,
    );
    await r.advanceFrames(1, 1 / 60);
    const shadows = r.scene.instance.getObjectByName('blob-shadows') as Mesh;
    const pos = shadows.geometry.getAttribute('position');
    const perDisc = pos.count / 2;
    expect(Number.isInteger(perDisc)).toBe(true);
    // A disc's centre is the mean of its vertices (the fan is symmetric).
    const at = (i: number) => {
      const c = new Vector3();
      for (let k = i * perDisc; k < (i + 1) * perDisc; k++) c.add(new Vector3().fromBufferAttribute(pos, k));
      return c.divideScalar(perDisc);
    };
    const [cx, cz] = SAMPLE_SETTING.colleague!.position;
    expect(at(0).x).toBeCloseTo(cx, 5);
    expect(at(0).z).toBeCloseTo(cz, 5);
    expect(at(1).x).toBeCloseTo(-0.5, 5);
    view.patientPosition = [1.2, 0.4];
    await r.advanceFrames(1, 1 / 60);
    expect(at(1).x).toBeCloseTo(1.2, 5);
    expect(at(1).z).toBeCloseTo(0.4, 5);
    expect(at(1).y).toBeGreaterThan(0); // above the floor, never in it
    expect(at(0).x).toBeCloseTo(cx, 5); // the colleague's stays
    await r.unmount();
  });
});
