import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Vector3, type Mesh, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { createPatientView } from './patientView';
import { SAMPLE_APPEARANCE, SAMPLE_SETTING } from './sampleSetting';
import { SceneContents } from './SceneContents';

describe('<HeldObject>', () => {
  it("moves the held object into the patient's right hand and puts it back", async () => {
    const id = SAMPLE_SETTING.objects[0]!.id;
    const view = createPatientView({ pose: 'standing' });
    const r = await ReactThreeTestRenderer.create(
      <SceneContents setting={SAMPLE_SETTING} appearance={SAMPLE_APPEARANCE} view={view} reducedMotion />,
    );
    const scene = r.scene.instance as Object3D;
    const object = scene.getObjectByName(`object:${id}`)!;
    const home = object.parent!;
    const start = object.getWorldPosition(new Vector3());
    // At rest the objects are drawn by one merged mesh; the object's own mesh is hidden.
    const atRest = scene.getObjectByName('objects-at-rest') as Mesh;
    const vertices = () => atRest.geometry.getAttribute('position').count;
    const own = (object as Mesh).geometry.getAttribute('position').count;
    await r.advanceFrames(1, 1 / 60);
    const all = vertices();
    expect(object.visible).toBe(false);
    expect(atRest.visible).toBe(true);

    view.holds = id;
    await r.advanceFrames(2, 1 / 60);
    const hand = scene.getObjectByName('patient')!.getObjectByName('handR')!;
    expect(object.parent).toBe(hand);
    const inHand = object.getWorldPosition(new Vector3());
    expect(inHand.distanceTo(hand.getWorldPosition(new Vector3()))).toBeLessThan(0.15);
    expect(object.userData.gazeTarget).toBe(id); // still a gaze target while held
    expect(object.visible).toBe(true); // drawn in the hand at once, and from the next frame no longer in its place
    await r.advanceFrames(1, 1 / 60);
    expect(vertices()).toBe(all - own);

    view.holds = null;
    await r.advanceFrames(2, 1 / 60);
    expect(object.parent).toBe(home);
    expect(object.getWorldPosition(new Vector3()).distanceTo(start)).toBeLessThan(1e-6);
    await r.advanceFrames(1, 1 / 60); // back in the merged mesh
    expect(object.visible).toBe(false);
    expect(vertices()).toBe(all);
    await r.unmount();
  });
});
