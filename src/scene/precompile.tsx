/**
 * Starts compiling the scene's three shader programs before the room and the patient are built: the
 * baked unlit one (room, loose objects), its blended variant (the blob shadows) and the patient's
 * skinned Lambert. The renderer
 * compiles on the GPU side while the main thread builds the geometry (~100 ms on a slow machine),
 * and asks for the link status only when it first draws, by which time it is done (issue #3: the
 * first frame). The stand-in meshes have the real ones' attributes, materials and lights, so three
 * files the programs under the same keys and the real meshes find them compiled.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import {
  AmbientLight,
  Bone,
  BufferAttribute,
  BufferGeometry,
  DirectionalLight,
  HemisphereLight,
  type Camera,
  type Light,
  Mesh,
  PointLight,
  Scene,
  Skeleton,
  SkinnedMesh,
  type WebGLRenderer,
} from 'three';
import { bodyMaterial, RIG_BONES } from './avatarRig';
import { bakedMaterial } from './bakedLight';
import { blobGeometry, shadowMaterial } from './BlobShadow';
import { lightRig, type LightingMood, type LightSpec } from './Lighting';

/** A three light from its spec (as the Lighting component renders it). */
export function createLight(l: LightSpec): Light {
  switch (l.kind) {
    case 'hemisphere':
      return new HemisphereLight(l.sky, l.ground, l.intensity);
    case 'ambient':
      return new AmbientLight(l.color, l.intensity);
    case 'directional': {
      const d = new DirectionalLight(l.color, l.intensity);
      d.position.set(...l.position);
      return d;
    }
    case 'point': {
      const p = new PointLight(l.color, l.intensity, l.distance, l.decay);
      p.position.set(...l.position);
      return p;
    }
  }
}

const attr = (itemSize: number, array: Float32Array | Uint16Array = new Float32Array(3 * itemSize)) =>
  new BufferAttribute(array, itemSize);

/**
 * Issues the compile; returns a function that releases the stand-ins (call it once the scene has
 * drawn: until the real materials hold the programs, the stand-ins keep them alive).
 */
export function precompileScene(
  gl: WebGLRenderer,
  camera: Camera,
  mood: LightingMood,
  height: number,
): () => void {
  const scene = new Scene();
  for (const l of lightRig(mood, height)) scene.add(createLight(l));
  // The room's shell: positions and RGBA colours, no normals (bakedLight.ts).
  const baked = new BufferGeometry();
  baked.setAttribute('position', attr(3));
  baked.setAttribute('color', attr(4));
  scene.add(new Mesh(baked, bakedMaterial));
  const disc = blobGeometry(1);
  const discMaterial = shadowMaterial();
  scene.add(new Mesh(disc, discMaterial));
  // The patient: rigidly skinned, RGB colours, with normals (avatarRig.ts).
  const body = new BufferGeometry();
  body.setAttribute('position', attr(3));
  body.setAttribute('normal', attr(3));
  body.setAttribute('color', attr(3));
  body.setAttribute('skinIndex', attr(4, new Uint16Array(12)));
  body.setAttribute('skinWeight', attr(4));
  const skeleton = new Skeleton(Array.from({ length: RIG_BONES }, () => new Bone()));
  const material = bodyMaterial(skeleton);
  const figure = new SkinnedMesh(body, material);
  figure.bind(skeleton);
  scene.add(figure);
  gl.compile(scene, camera);
  return () => {
    baked.dispose();
    disc.dispose();
    discMaterial.dispose();
    body.dispose();
    material.dispose();
    skeleton.dispose();
  };
}

/**
 * Rendered in the canvas before the room and the patient: their shaders compile while they are
 * built. The stand-ins are released when it unmounts.
 */
export function Precompile({ mood, height }: { mood: LightingMood; height: number }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const [release] = useState(() => precompileScene(gl, camera, mood, height));
  useEffect(() => release, [release]);
  return null;
}
