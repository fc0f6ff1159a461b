import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Vector3, type Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { createPatientView } from './patientView';
import { SAMPLE_APPEARANCE, SAMPLE_SETTING } from '../sampleSetting';
import { SceneContents } from '../SceneContents';

/** Where the object's own vertices, moved to its place, sit in the room's geometry: [first, count]. */
function rangeInRoom(room: Mesh, object: Mesh): [number, number] {
  const all = room.geometry.getAttribute('position').array as Float32Array;
  const own = object.geometry.getAttribute('position').array as Float32Array;
  const count = own.length / 3;
  const at = (i: number) => own[i]! + object.position.getComponent(i % 3);
  for (let first = 0; first + count <= all.length / 3; first++) {
    let k = 0;
    while (k < own.length && all[first * 3 + k] === Math.fround(at(k))) k++;
    if (k === own.length) return [first, count];
  }
  throw new Error('object not found in the room mesh');
}

describe('<HeldObject>', () => {
  it("moves the held object into the patient's right hand and puts it back", async () => {
    const id = SAMPLE_SETTING.objects[0]!.id;
    const view = createPatientView({ pose: 'standing' });
    const r = await ReactThreeTestRenderer.create(
      <SceneContents setting={SAMPLE_SETTING} appearance={SAMPLE_APPEARANCE} view={view} reducedMotion />,
    );
    const scene = r.scene.instance;
    const object = scene.getObjectByName(`object:${id}`)!;
    const home = object.parent!;
    const start = object.getWorldPosition(new Vector3());
    // In its place the object is drawn as part of the room's one mesh; its own mesh is hidden.
    const room = scene.getObjectByName('room:shell') as Mesh;
    const positions = () => room.geometry.getAttribute('position').array as Float32Array;
    const [first, count] = rangeInRoom(room, object as Mesh);
    const inPlace = positions().slice(first * 3, (first + count) * 3);
    const collapsed = () => {
      const a = positions();
      for (let i = first + 1; i < first + count; i++)
        for (let k = 0; k < 3; k++) if (a[i * 3 + k] !== a[first * 3 + k]) return false;
      return true;
    };
    await r.advanceFrames(1, 1 / 60);
    expect(object.visible).toBe(false);
    expect(collapsed()).toBe(false);

    view.holds = id;
    await r.advanceFrames(2, 1 / 60);
    const hand = scene.getObjectByName('patient')!.getObjectByName('handR')!;
    expect(object.parent).toBe(hand);
    const inHand = object.getWorldPosition(new Vector3());
    expect(inHand.distanceTo(hand.getWorldPosition(new Vector3()))).toBeLessThan(0.15);
    expect(object.userData.gazeTarget).toBe(id); // still a gaze target while held
    expect(object.visible).toBe(true); // drawn in the hand at once, and from the next frame no longer in its place
    await r.advanceFrames(1, 1 / 60);
    expect(collapsed()).toBe(true); // its place in the room's mesh draws nothing

    view.holds = null;
    await r.advanceFrames(2, 1 / 60);
    expect(object.parent).toBe(home);
    expect(object.getWorldPosition(new Vector3()).distanceTo(start)).toBeLessThan(1e-6);
    await r.advanceFrames(1, 1 / 60); // back in the room's mesh
    expect(object.visible).toBe(false);
    expect(positions().slice(first * 3, (first + count) * 3)).toEqual(inPlace);
    await r.unmount();
  });
});
