import { gzipSync, gunzipSync } from 'node:zlib';
import { Raycaster, Vector3, type BufferGeometry, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../scenario/testing';
import { buildAvatarRig } from '../patient/avatarRig';
import { buildRoom } from '../room/roomModel';
import { geometryFrom, roomFromData } from './roomTransfer';
import { buildSceneData, packedScene } from './sceneData';
import { unpackScene } from './scenePack';

/** Every attribute and the index, as plain arrays of numbers (type included). */
const arrays = (g: BufferGeometry) => ({
  attributes: Object.fromEntries(
    Object.entries(g.attributes).map(([k, a]) => [
      k,
      [a.array.constructor.name, a.itemSize, Array.from(a.array)],
    ]),
  ),
  index: g.index ? Array.from(g.index.array) : null,
});

describe('scene data packed at build time', () => {
  const { scenario } = bundledScenarios().find((e) => e.scenario.id === 'ed-waiting-room')!;

  it('unpacks (through gzip, as the app fetches it) to exactly what the scene builds itself', () => {
    const packed = gunzipSync(gzipSync(packedScene(scenario)));
    const data = unpackScene(packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength));
    const built = buildRoom(scenario.setting);
    const room = roomFromData(scenario.setting, data.room);
    expect(arrays(room.shell)).toEqual(arrays(built.shell));
    // Its bound comes with it (three would walk every vertex for it on the first frame).
    built.shell.computeBoundingSphere();
    expect(room.shell.boundingSphere).toEqual(built.shell.boundingSphere);
    expect(room.objects.map((o) => [o.id, o.position, arrays(o.geometry)])).toEqual(
      built.objects.map((o) => [o.id, o.position, arrays(o.geometry)]),
    );
    expect(room.exits).toEqual(built.exits);
    expect(room.occluders.boxCount).toBe(built.occluders.boxCount);
    const appearance = scenario.patient.appearance;
    const rig = buildAvatarRig(appearance, { name: 'patient' }, geometryFrom(data.body));
    expect(arrays(rig.mesh.geometry)).toEqual(
      arrays(buildAvatarRig(appearance, { name: 'patient' }).mesh.geometry),
    );
  });

  it("keeps the colleague's gaze proxy where the built room has it", () => {
    const data = buildSceneData(scenario);
    const built = buildRoom(scenario.setting).colleague!.root;
    const made = roomFromData(scenario.setting, data.room).colleague!.root;
    expect(made.name).toBe(built.name);
    const hit = (root: Object3D) => {
      root.updateMatrixWorld(true);
      const [x, z] = scenario.setting.colleague!.position;
      const ray = new Raycaster(new Vector3(x, 1.2, z + 5), new Vector3(0, 0, -1));
      ray.layers.enableAll();
      return ray.intersectObject(root, true)[0]?.object.userData.gazeTarget as string | undefined;
    };
    expect(hit(made)).toBe(scenario.setting.colleague!.id);
    expect(hit(made)).toBe(hit(built));
  });

  it('is small enough to fetch (gzip)', () => {
    for (const e of bundledScenarios())
      expect(gzipSync(packedScene(e.scenario), { level: 9 }).byteLength).toBeLessThan(200_000);
  });
});
