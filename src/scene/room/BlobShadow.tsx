/**
 * Soft dark discs on the floor under the figures, so they read as standing on the floor (no shadow
 * maps). All of them are one mesh: one draw call (two per XR frame) however many figures.
 */
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, type Material, Mesh } from 'three';
import { outputColourMaterial } from '../render/sceneProgram';
import { fixMatrix } from '../render/geometryUtils';
import type { PatientView } from '../patient/patientView';

/** Just above the floor, so the disc never fights with it. */
const LIFT = 0.004;
/** Triangles in a disc. */
const SEGMENTS = 24;
/** Vertices in one disc (a fan of SEGMENTS triangles, not indexed). */
export const DISC_VERTICES = SEGMENTS * 3;

/**
 * Discs on the floor, each [x, z, radius], as one geometry: a fan of triangles each, black at
 * `strength` opacity at the centre fading to clear at the rim (written directly: three's
 * CircleGeometry, then making it non-indexed and merging, cost ~9 ms before the first frame).
 */
export function blobGeometry(
  discs: readonly (readonly [number, number, number])[],
  strength = 0.35,
): BufferGeometry {
  const position = new Float32Array(discs.length * DISC_VERTICES * 3);
  const colour = new Float32Array(discs.length * DISC_VERTICES * 4);
  let v = 0;
  for (const [x, z, r] of discs)
    for (let i = 0; i < SEGMENTS; i++) {
      // Counter-clockwise seen from above: rim i, rim i + 1, centre.
      for (const k of [i, i + 1]) {
        const a = (k / SEGMENTS) * Math.PI * 2;
        position.set([x + r * Math.cos(a), LIFT, z - r * Math.sin(a)], v * 3);
        v++;
      }
      position.set([x, LIFT, z], v * 3);
      colour[v * 4 + 3] = strength;
      v++;
    }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(position, 3));
  g.setAttribute('color', new BufferAttribute(colour, 4));
  return g;
}

/**
 * The discs' material: vertex colours with alpha, blended over the floor, as they are (black is
 * black tone-mapped and encoded): the scene's one program (render/sceneProgram.ts).
 */
const shadowMaterial = () => outputColourMaterial({ transparent: true, depthWrite: false });

export interface BlobShadowsProps {
  /** Figures that never move: [x, z, radius]. */
  fixed: readonly (readonly [number, number, number])[];
  /** A figure that moves: its disc follows view.patientPosition every frame. */
  follow?: { view: PatientView; radius: number };
}

/**
 * All the discs in one mesh (one draw call). Not an InstancedMesh: that would compile yet another
 * shader, where a plain vertex-coloured mesh needs only the baked room's with blending. The moving
 * figure's disc is the geometry's last vertices, rewritten in place (a few dozen floats) when the
 * figure has moved.
 */
export function BlobShadows({ fixed, follow }: BlobShadowsProps) {
  const { mesh, base, start } = useMemo(() => {
    const discs = follow ? [...fixed, [0, 0, follow.radius] as const] : fixed;
    const geometry = blobGeometry(discs);
    const m = new Mesh(geometry, shadowMaterial());
    m.name = 'blob-shadows';
    m.visible = discs.length > 0;
    m.renderOrder = 1;
    m.raycast = () => {};
    m.frustumCulled = false; // the moving disc leaves any bound computed once
    fixMatrix(m); // the moving disc moves its vertices, not the mesh
    const pos = geometry.getAttribute('position') as BufferAttribute;
    const first = follow ? pos.count - DISC_VERTICES : pos.count;
    // The moving disc around the origin, to offset each frame.
    return { mesh: m, base: pos.array.slice(first * 3), start: first };
  }, [fixed, follow]);
  useLayoutEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as Material).dispose();
    },
    [mesh],
  );
  const last = useRef<[number, number]>([NaN, NaN]);
  useFrame(() => {
    if (!follow) return;
    const x = follow.view.patientPosition[0];
    const z = follow.view.patientPosition[1];
    const l = last.current;
    if (x === l[0] && z === l[1]) return; // no upload while the figure stands
    l[0] = x;
    l[1] = z;
    const pos = mesh.geometry.getAttribute('position') as BufferAttribute;
    const a = pos.array as Float32Array;
    for (let i = 0, o = start * 3; i < base.length; i += 3, o += 3) {
      a[o] = base[i]! + x;
      a[o + 1] = base[i + 1]!;
      a[o + 2] = base[i + 2]! + z;
    }
    // The whole buffer (a few hundred floats): an update range would be a new object every frame.
    pos.needsUpdate = true;
  });
  return <primitive object={mesh} />;
}
