/**
 * A run's scene geometry as plain data (typed arrays) and back: the build packs it for each bundled
 * scenario (sceneData.ts, scenePack.ts) and a run makes its meshes from it instead of building
 * them. Only what is costly to build is in it (the room's shell, loose objects and colleague's
 * gaze proxy; the patient's body in its rest pose); the exits and the furniture's gaze occluders
 * are a few boxes, made from the setting, and the patient's bones are made by its rig. Plain three.
 */
import { BufferAttribute, BufferGeometry, Group, type Mesh, Sphere, Vector3 } from 'three';
import type { Setting } from '../../scenario';
import { gazeProxy } from '../patient/avatarRig';
import { FurnitureOccluders } from '../room/gaze';
import { placeExits } from '../room/roomGeometry';
import type { RoomModel } from '../room/roomModel';
import type { GeometryData, RoomData, SceneData } from './types';

export type { GeometryData, RoomData, SceneData };

/** A geometry's arrays (not copies) and bounding sphere. */
export function geometryData(g: BufferGeometry): GeometryData {
  if (!g.boundingSphere) g.computeBoundingSphere();
  const { center, radius } = g.boundingSphere!;
  const attributes: GeometryData['attributes'] = {};
  for (const [name, a] of Object.entries(g.attributes)) {
    const attr = a as BufferAttribute;
    attributes[name] = { array: attr.array, itemSize: attr.itemSize, normalized: attr.normalized };
  }
  return {
    attributes,
    index: (g.index?.array as Uint16Array | Uint32Array | undefined) ?? null,
    sphere: [center.x, center.y, center.z, radius],
  };
}

export function geometryFrom(d: GeometryData): BufferGeometry {
  const g = new BufferGeometry();
  for (const [name, a] of Object.entries(d.attributes))
    g.setAttribute(name, new BufferAttribute(a.array, a.itemSize, a.normalized));
  if (d.index) g.setIndex(new BufferAttribute(d.index, 1));
  const [x, y, z, r] = d.sphere;
  g.boundingSphere = new Sphere(new Vector3(x, y, z), r);
  return g;
}

/** The model's data (its arrays, not copies). */
export function roomToData(model: RoomModel): RoomData {
  const c = model.colleague;
  const data: RoomData = {
    shell: geometryData(model.shell),
    objects: model.objects.map((o) => ({
      id: o.id,
      position: o.position,
      range: o.range,
      geometry: geometryData(o.geometry),
    })),
    colleague: c && {
      name: c.root.name,
      gazeTarget: c.root.userData.gazeTarget as string,
      proxies: (c.root.children as Mesh[]).map((p) => ({
        name: p.name,
        gazeTarget: p.userData.gazeTarget as string,
        matrix: p.matrix.toArray(),
        geometry: geometryData(p.geometry),
      })),
    },
  };
  return data;
}

/** The room model from `data` built for `setting` (the exits and occluders made here). */
export function roomFromData(setting: Setting, data: RoomData): RoomModel {
  const shell = geometryFrom(data.shell);
  const objects = data.objects.map((o) => ({
    id: o.id,
    position: o.position,
    range: o.range,
    geometry: geometryFrom(o.geometry),
  }));
  let colleague: RoomModel['colleague'] = null;
  if (data.colleague) {
    const root = new Group();
    root.name = data.colleague.name;
    root.userData.gazeTarget = data.colleague.gazeTarget;
    const proxies = data.colleague.proxies.map((p) => {
      const m = gazeProxy(geometryFrom(p.geometry), p.gazeTarget);
      m.name = p.name;
      m.matrix.fromArray(p.matrix);
      m.matrix.decompose(m.position, m.quaternion, m.scale);
      m.matrixAutoUpdate = false;
      root.add(m);
      return m;
    });
    root.matrixAutoUpdate = false;
    colleague = { root, dispose: () => proxies.forEach((p) => p.geometry.dispose()) };
  }
  const model: RoomModel = {
    shell,
    exits: placeExits(setting),
    occluders: new FurnitureOccluders(setting),
    objects,
    colleague,
    dispose() {
      shell.dispose();
      colleague?.dispose();
      objects.forEach((o) => o.geometry.dispose());
    },
  };
  return model;
}
