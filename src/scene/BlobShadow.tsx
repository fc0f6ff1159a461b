/**
 * Soft dark discs on the floor under the figures, so they read as standing on the floor (no shadow
 * maps). All of them are one instanced mesh: one draw call (two per XR frame) however many figures.
 * Black is black under tone mapping, so the material is not tone-mapped (as the baked room).
 */
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BufferAttribute, CircleGeometry, InstancedMesh, Matrix4, MeshBasicMaterial } from 'three';
import type { PatientView } from './patientView';

/** A disc of the given radius, opaque black `strength` at the centre fading to clear at the rim. */
export function blobGeometry(radius: number, strength = 0.35): CircleGeometry {
  const g = new CircleGeometry(radius, 24).rotateX(-Math.PI / 2);
  const n = g.getAttribute('position').count;
  const c = new Float32Array(n * 4);
  for (let i = 0; i < n; i++) c[i * 4 + 3] = i === 0 ? strength : 0; // vertex 0 is the centre
  g.setAttribute('color', new BufferAttribute(c, 4));
  return g;
}

/** Just above the floor, so the disc never fights with it. */
const LIFT = 0.004;

export interface BlobShadowsProps {
  /** Figures that never move: [x, z, radius]. */
  fixed: readonly (readonly [number, number, number])[];
  /** A figure that moves: its disc follows view.patientPosition every frame. */
  follow?: { view: PatientView; radius: number };
}

export function BlobShadows({ fixed, follow }: BlobShadowsProps) {
  const mesh = useMemo(() => {
    const count = fixed.length + (follow ? 1 : 0);
    const m = new InstancedMesh(
      blobGeometry(1),
      new MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, toneMapped: false }),
      Math.max(count, 1),
    );
    m.name = 'blob-shadows';
    m.count = count;
    m.renderOrder = 1;
    m.raycast = () => {};
    m.frustumCulled = false; // the instances spread over the room; the bound would need recomputing
    return m;
  }, [fixed, follow]);
  useLayoutEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as MeshBasicMaterial).dispose();
      mesh.dispose();
    },
    [mesh],
  );
  const matrix = useMemo(() => new Matrix4(), []);
  const last = useRef<[number, number]>([NaN, NaN]);
  useLayoutEffect(() => {
    fixed.forEach(([x, z, r], i) => mesh.setMatrixAt(i, matrix.makeScale(r, 1, r).setPosition(x, LIFT, z)));
    last.current = [NaN, NaN];
    mesh.instanceMatrix.needsUpdate = true;
  }, [fixed, mesh, matrix]);
  useFrame(() => {
    if (!follow) return;
    const [x, z] = follow.view.patientPosition;
    if (x === last.current[0] && z === last.current[1]) return; // no upload while the figure stands
    last.current = [x, z];
    const r = follow.radius;
    mesh.setMatrixAt(fixed.length, matrix.makeScale(r, 1, r).setPosition(x, LIFT, z));
    mesh.instanceMatrix.needsUpdate = true;
  });
  return <primitive object={mesh} />;
}
