/** A soft dark disc on the floor under a figure, so it reads as standing on the floor (no shadow maps). */
import { useMemo } from 'react';
import { BufferAttribute, CircleGeometry } from 'three';

export function blobGeometry(radius: number, strength = 0.35): CircleGeometry {
  const g = new CircleGeometry(radius, 24).rotateX(-Math.PI / 2);
  const n = g.getAttribute('position').count;
  const c = new Float32Array(n * 4);
  for (let i = 0; i < n; i++) c[i * 4 + 3] = i === 0 ? strength : 0; // vertex 0 is the centre
  g.setAttribute('color', new BufferAttribute(c, 4));
  return g;
}

export function BlobShadow({ radius = 0.45, strength = 0.35 }: { radius?: number; strength?: number }) {
  const geometry = useMemo(() => blobGeometry(radius, strength), [radius, strength]);
  return (
    <mesh geometry={geometry} renderOrder={1} raycast={() => null}>
      <meshBasicMaterial vertexColors transparent depthWrite={false} />
    </mesh>
  );
}
