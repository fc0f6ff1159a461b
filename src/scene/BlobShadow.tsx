/**
 * Soft dark discs on the floor under the figures, so they read as standing on the floor (no shadow
 * maps). All of them are one mesh: one draw call (two per XR frame) however many figures. Black is
 * black under tone mapping, so the material is not tone-mapped (as the baked room).
 */
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BufferAttribute, CircleGeometry, Mesh, MeshBasicMaterial } from 'three';
import { mergeAll } from './geometryUtils';
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

/** The discs' material: vertex colours with alpha, blended over the floor, not tone-mapped. */
export const shadowMaterial = () =>
  new MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, toneMapped: false });

/** Just above the floor, so the disc never fights with it. */
const LIFT = 0.004;

export interface BlobShadowsProps {
  /** Figures that never move: [x, z, radius]. */
  fixed: readonly (readonly [number, number, number])[];
  /** A figure that moves: its disc follows view.patientPosition every frame. */
  follow?: { view: PatientView; radius: number };
}

/**
 * All the discs in one mesh (one draw call). Not an InstancedMesh: that would compile yet another
 * shader, where a plain vertex-coloured mesh needs only the baked room's with blending. The moving figure's disc is the geometry's last vertices, rewritten in place (a few
 * dozen floats) when the figure has moved.
 */
export function BlobShadows({ fixed, follow }: BlobShadowsProps) {
  const disc = useMemo(() => blobGeometry(1).toNonIndexed(), []);
  const { mesh, base, start } = useMemo(() => {
    const discs = fixed.map(([x, z, r]) => disc.clone().scale(r, 1, r).translate(x, LIFT, z));
    if (follow) discs.push(disc.clone().scale(follow.radius, 1, follow.radius).translate(0, LIFT, 0));
    const geometry = discs.length ? mergeAll(discs) : disc.clone();
    const m = new Mesh(geometry, shadowMaterial());
    m.name = 'blob-shadows';
    m.visible = discs.length > 0;
    m.renderOrder = 1;
    m.raycast = () => {};
    m.frustumCulled = false; // the moving disc leaves any bound computed once
    const pos = geometry.getAttribute('position') as BufferAttribute;
    const first = follow ? pos.count - disc.getAttribute('position').count : pos.count;
    // The moving disc around the origin, to offset each frame.
    return { mesh: m, base: pos.array.slice(first * 3), start: first };
  }, [disc, fixed, follow]);
  useLayoutEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as MeshBasicMaterial).dispose();
    },
    [mesh],
  );
  useLayoutEffect(() => () => disc.dispose(), [disc]);
  const last = useRef<[number, number]>([NaN, NaN]);
  useFrame(() => {
    if (!follow) return;
    const [x, z] = follow.view.patientPosition;
    if (x === last.current[0] && z === last.current[1]) return; // no upload while the figure stands
    last.current = [x, z];
    const pos = mesh.geometry.getAttribute('position') as BufferAttribute;
    const a = pos.array as Float32Array;
    for (let i = 0, o = start * 3; i < base.length; i += 3, o += 3) {
      a[o] = base[i]! + x;
      a[o + 1] = base[i + 1]!;
      a[o + 2] = base[i + 2]! + z;
    }
    pos.clearUpdateRanges();
    pos.addUpdateRange(start * 3, base.length);
    pos.needsUpdate = true;
  });
  return <primitive object={mesh} />;
}
