/**
 * The room's loose objects (a cup, a chair, a fire extinguisher). Each keeps its own mesh
 * (`object:<id>`, gaze-tagged, on the gaze layer) so HeldObject can move it into the patient's hand,
 * but while an object lies in its place the mesh is hidden and the object is drawn as part of one
 * merged mesh of everything at rest: one draw call for all of them instead of one each (two per XR
 * frame, one per eye). When an object leaves its place or comes back, the merged mesh is rebuilt
 * (a few hundred triangles, a handful of times in a run); the check each frame is one parent
 * comparison per object.
 */
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { BufferGeometry, Group, Mesh } from 'three';
import { bakedMaterial } from './bakedLight';
import { DRAWN_AND_GAZE } from './gaze';
import { mergeAll } from './geometryUtils';
import type { RoomModel } from './roomModel';

/** Everything in `objects` whose flag in `atRest` is set, merged in room coordinates (null if none). */
export function mergeAtRest(
  objects: RoomModel['objects'],
  atRest: readonly boolean[],
): BufferGeometry | null {
  const parts = objects
    .filter((_, i) => atRest[i])
    .map((o) => {
      const g = o.geometry.clone();
      // A copied bound would be recomputed over every vertex by translate(); the merged mesh is
      // never culled, so it needs none.
      g.boundingBox = null;
      g.boundingSphere = null;
      return g.translate(...o.position);
    });
  return parts.length ? mergeAll(parts) : null;
}

export function LooseObjects({ objects }: { objects: RoomModel['objects'] }) {
  const home = useRef<Group>(null);
  const merged = useRef<Mesh>(null);
  const meshes = useRef<(Mesh | null)[]>([]);
  const state = useMemo(
    () => ({ atRest: objects.map(() => true), geometry: null as BufferGeometry | null }),
    [objects],
  );

  const rebuild = () => {
    state.geometry?.dispose();
    state.geometry = mergeAtRest(objects, state.atRest);
    const m = merged.current;
    if (!m) return;
    m.visible = state.geometry !== null;
    if (state.geometry) m.geometry = state.geometry;
    meshes.current.forEach((mesh, i) => {
      if (mesh) mesh.visible = !state.atRest[i];
    });
  };
  // Before the first frame is drawn (a layout effect), so the objects are there from the start.
  useLayoutEffect(() => {
    rebuild();
    return () => {
      state.geometry?.dispose();
      state.geometry = null;
    };
  }, [state]);

  useFrame(() => {
    let changed = false;
    const list = meshes.current;
    for (let i = 0; i < list.length; i++) {
      const mesh = list[i];
      const atRest = !mesh || mesh.parent === home.current;
      if (atRest !== state.atRest[i]) {
        state.atRest[i] = atRest;
        changed = true;
      }
    }
    if (changed) rebuild();
  });

  return (
    <group name="loose-objects" ref={home}>
      {/* Never culled: a bound over the merged vertices on every rebuild would cost more than it saves. */}
      <mesh
        name="objects-at-rest"
        ref={merged}
        material={bakedMaterial}
        raycast={() => null}
        frustumCulled={false}
      />
      {objects.map((o, i) => (
        <mesh
          key={o.id}
          ref={(m) => {
            meshes.current[i] = m;
          }}
          name={`object:${o.id}`}
          geometry={o.geometry}
          material={bakedMaterial}
          position={o.position}
          visible={false}
          layers-mask={DRAWN_AND_GAZE}
          userData={{ gazeTarget: o.id }}
        />
      ))}
    </group>
  );
}
