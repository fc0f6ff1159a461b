/**
 * The room's one drawn mesh (the shell with everything that never moves) and its loose objects (a
 * cup, a chair, a fire extinguisher). An object in its place is part of the shell's geometry (a
 * range of vertices at its end, roomModel.ts), so the whole room is one draw call (two per XR frame,
 * one per eye). Each object also keeps a mesh of its own (`object:<id>`, gaze-tagged, on the gaze
 * layer), hidden while it is in its place, so HeldObject can move it into the patient's hand; when
 * it leaves its place its range of the shell collapses to a point (nothing drawn, a few hundred
 * floats uploaded) and its own mesh shows, and when it comes back the range is restored. The check
 * each frame is one parent comparison per object.
 */
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { BufferAttribute, BufferGeometry, Group, Mesh } from 'three';
import { bakedMaterial } from '../render/sceneProgram';
import { DRAWN_AND_GAZE } from './gaze';
import type { LooseObject } from './roomModel';

/**
 * Takes an object out of the shell (returns its vertices there, and every vertex of its range then
 * sits on its first one: zero-area triangles, which draw nothing) or, given those vertices back,
 * puts it back in its place.
 */
export function setInPlace(
  shell: BufferGeometry,
  range: LooseObject['range'],
  original: Float32Array | null,
): Float32Array | null {
  const pos = shell.getAttribute('position') as BufferAttribute;
  const a = pos.array as Float32Array;
  const [first, count] = range;
  let taken: Float32Array | null = null;
  if (original) a.set(original, first * 3);
  else {
    taken = a.slice(first * 3, (first + count) * 3);
    for (let i = 1; i < count; i++) a.copyWithin((first + i) * 3, first * 3, first * 3 + 3);
  }
  pos.addUpdateRange(first * 3, count * 3);
  pos.needsUpdate = true;
  return taken;
}

export interface LooseObjectsProps {
  /** The room's geometry, the objects in their places at its end. */
  shell: BufferGeometry;
  objects: readonly LooseObject[];
}

export function LooseObjects({ shell, objects }: LooseObjectsProps) {
  const home = useRef<Group>(null);
  const meshes = useRef<(Mesh | null)[]>([]);
  const state = useMemo(
    () => ({
      inPlace: objects.map(() => true),
      /** The vertices of each object out of its place, as the shell held them, to put back. */
      taken: objects.map((): Float32Array | null => null),
    }),
    [objects],
  );
  // An object drawn by its own mesh while in its place (none at first) would be drawn twice.
  useLayoutEffect(() => {
    meshes.current.forEach((mesh, i) => {
      if (mesh) mesh.visible = !state.inPlace[i];
    });
  }, [state]);

  useFrame(() => {
    const list = meshes.current;
    for (let i = 0; i < list.length; i++) {
      const mesh = list[i];
      const inPlace = !mesh || mesh.parent === home.current;
      if (inPlace === state.inPlace[i]) continue;
      state.inPlace[i] = inPlace;
      state.taken[i] = setInPlace(shell, objects[i]!.range, inPlace ? state.taken[i]! : null);
      if (mesh) mesh.visible = !inPlace;
    }
  });

  return (
    <group name="loose-objects" ref={home}>
      {/* The trainee is always inside the shell: never culled, so no bound over its vertices. */}
      <mesh name="room:shell" geometry={shell} material={bakedMaterial} frustumCulled={false} />
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
