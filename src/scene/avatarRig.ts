/**
 * Builds the avatar as one rigidly skinned mesh (one draw call) over a bone hierarchy:
 * hips → spine → chest → neck → head; chest → shoulder → upper arm → forearm → hand; hips → thigh →
 * shin → foot; plus face bones (jaw, lips, eyes, brows), finger bones and a breathing bone.
 * Invisible proxy meshes on the head and hands carry userData.gazeTarget for gaze raycasting; the
 * visible mesh does not take part in raycasts.
 */
import {
  Bone,
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  Group,
  Matrix3,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  type Material,
  Skeleton,
  SkinnedMesh,
  Sphere,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import {
  avatarParts,
  EXTRA_BONES,
  FACE_BONES,
  type Appearance,
  type ColourKey,
  type FaceBone,
} from './avatarParts';
import { lightingGlsl, OUTPUT_GLSL } from './bakedLight';
import { indexed } from './geometryUtils';
import { GAZE_ONLY, gazeOnlyMaterial } from './gaze';
import { lightRig, type LightSpec } from './Lighting';
import { bodyDims, JOINT_NAMES, JOINT_PARENT, type BodyDims, type JointName } from './skeleton';

export type RigBone = JointName | FaceBone;

export interface AvatarRig {
  root: Group;
  bones: Record<RigBone, Bone>;
  mesh: SkinnedMesh;
  dims: BodyDims;
  dispose(): void;
}

export interface RigOptions {
  /** Gaze ids for head and hands; a single id (a colleague) tags the whole figure. */
  gaze?: { face: string; hands: string } | string;
  name?: string;
  /** The room's lights (its mood's rig), which the figure is lit by; fluorescent by default. */
  lights?: readonly LightSpec[];
}

function shade(hex: string, f: number, toward = '#000000'): Color {
  return new Color(hex).lerp(new Color(toward), f);
}

function palette(a: Appearance): Record<ColourKey, Color> {
  return {
    skin: new Color(a.skin),
    hair: new Color(a.hair),
    top: new Color(a.top),
    trousers: new Color(a.trousers),
    shoes: new Color('#2a2a2e'),
    eyeWhite: new Color('#eeeae4'),
    iris: new Color('#2e2118'),
    lips: shade(a.skin, 0.35, '#8a3b3b'),
    mouth: new Color('#3a1a1a'),
    brow: shade(a.hair, 0.35),
  };
}

/** An invisible mesh on the gaze layer that stands for `id` in gaze raycasts. */
export function gazeProxy(geometry: BufferGeometry, id: string): Mesh {
  const m = new Mesh(geometry, gazeOnlyMaterial);
  m.visible = false; // no draw call; three's Raycaster still tests invisible meshes
  m.layers.mask = GAZE_ONLY;
  m.userData.gazeTarget = id;
  m.name = `gaze:${id}`;
  return m;
}

/**
 * The figure's shader: three's unlit one, with two changes made as it compiles.
 * - Lit per vertex by the room's own lights written in as constants (bakedLight.ts lightingGlsl:
 *   the sums the room is baked with, three's Lambert), from the skinned normal in world space, then
 *   tone-mapped and sRGB-encoded there too (OUTPUT_GLSL, as the room's baked colours are): the
 *   fragment shader only interpolates the colour (outputColourMaterial's). No light in the scene,
 *   so three sets up, moves to view space and uploads no lights each frame, and the program is
 *   smaller to compile before the first frame. Per vertex is enough for a low-poly matte figure
 *   lit by broad lights, and a figure near the camera covers far more pixels than it has vertices.
 * - Skinned from a uniform array instead of three's bone texture. three uploads the bone texture
 *   (a float DataTexture) every frame through its general texture path, and the vertex shader reads
 *   four texels per vertex; for one figure of ~36 bones a `mat4[]` uniform (144 vectors: within
 *   WebGL 2's guaranteed 256, which a Quest's GPU meets) is cheaper on both sides. The renderer still
 *   creates the bone texture but never uploads it, because the program has no `boneTexture` uniform.
 */
function figureShader(material: Material, skeleton: Skeleton, lights: readonly LightSpec[]): void {
  skeleton.computeBoneTexture(); // sizes boneMatrices for good (the renderer then keeps this array)
  const count = skeleton.boneMatrices!.length / 16;
  const light = lightingGlsl(lights);
  material.onBeforeCompile = (shader) => {
    shader.uniforms.boneMatrices = { value: skeleton.boneMatrices };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <skinning_pars_vertex>',
        `#ifdef USE_SKINNING
uniform mat4 bindMatrix;
uniform mat4 bindMatrixInverse;
uniform mat4 boneMatrices[${count}];
mat4 getBoneMatrix(const in float i) { return boneMatrices[int(i)]; }
#endif
${light}
${OUTPUT_GLSL}`,
      )
      .replace(
        '#include <skinning_vertex>',
        `#include <skinning_vertex>
vColor.rgb = rgOutput(vColor.rgb * rgLight(normalize(mat3(modelMatrix) * objectNormal), (modelMatrix * vec4(transformed, 1.0)).xyz));`,
      );
    shader.fragmentShader = shader.fragmentShader.replace('#include <colorspace_fragment>', '');
  };
  material.customProgramCacheKey = () => `rolig-figure-${count}-${light}`;
}

/** The figure's bones in their rest pose, sized for `appearance.height`, in rig order. */
function restBones(appearance: Appearance): { bones: Record<RigBone, Bone>; dims: BodyDims; s: number } {
  const dims = bodyDims(appearance.height);
  const s = appearance.height / 1.75;
  const bones = {} as Record<RigBone, Bone>;
  for (const name of JOINT_NAMES) {
    const b = new Bone();
    b.name = name;
    b.position.fromArray(dims.offsets[name]);
    bones[name] = b;
    const parent = JOINT_PARENT[name];
    if (parent) bones[parent].add(b);
  }
  bones.hips.position.y = dims.standingHips;
  for (const name of FACE_BONES) {
    const b = new Bone();
    b.name = name;
    const { parent, offset } = EXTRA_BONES[name];
    b.position.set(offset[0] * s, offset[1] * s, offset[2] * s);
    bones[parent as RigBone].add(b);
    bones[name] = b;
  }
  bones.hips.updateMatrixWorld(true);
  return { bones, dims, s };
}

function mergeBody(appearance: Appearance, bones: Record<RigBone, Bone>, dims: BodyDims, s: number) {
  const boneList = Object.values(bones);
  const index = new Map(boneList.map((b, i) => [b.name, i]));
  const colours = palette(appearance);
  const scale = new Matrix4().makeScale(s, s, s);
  const place = new Matrix4();
  const pieces = avatarParts(dims).map(({ bone, geometry, colour }) => {
    const b = bones[bone as RigBone];
    // Indexed: a smooth part's vertex is shared by its ~6 triangles, and transformed (skinned and
    // lit) once rather than for each of them.
    const g = indexed(geometry);
    g.deleteAttribute('uv');
    g.applyMatrix4(place.copy(b.matrixWorld).multiply(scale)); // scaled to size, then to its bone
    const n = g.getAttribute('position').count;
    const c = colours[colour];
    const col = new Float32Array(n * 3);
    const si = new Uint16Array(n * 4);
    const sw = new Float32Array(n * 4);
    const bi = index.get(b.name) ?? 0;
    for (let i = 0; i < n; i++) {
      col[i * 3] = c.r;
      col[i * 3 + 1] = c.g;
      col[i * 3 + 2] = c.b;
      si[i * 4] = bi;
      sw[i * 4] = 1;
    }
    g.setAttribute('color', new BufferAttribute(col, 3));
    g.setAttribute('skinIndex', new BufferAttribute(si, 4));
    g.setAttribute('skinWeight', new BufferAttribute(sw, 4));
    return g;
  });
  const merged = mergeGeometries(pieces);
  pieces.forEach((g) => g.dispose());
  if (!merged) throw new Error('avatar: could not merge body parts');
  return merged;
}

/**
 * The figure's body in its rest pose: one geometry of all its parts with positions, normals,
 * colours and rigid skinning (one bone per vertex). buildAvatarRig takes it ready-made when it was
 * built elsewhere (packed at build time: sceneData.ts).
 */
export function bodyGeometry(appearance: Appearance): BufferGeometry {
  const { bones, dims, s } = restBones(appearance);
  return mergeBody(appearance, bones, dims, s);
}

export function buildAvatarRig(
  appearance: Appearance,
  options: RigOptions = {},
  /** The body from bodyGeometry(appearance), if it was built already; the rig owns it. */
  body?: BufferGeometry,
): AvatarRig {
  const { bones, dims, s } = restBones(appearance);
  const root = new Group();
  root.name = options.name ?? 'avatar';
  root.add(bones.hips);
  root.updateMatrixWorld(true);
  const boneList = Object.values(bones);
  const merged = body ?? mergeBody(appearance, bones, dims, s);
  // Lit as the room is baked (three's Lambert, figureShader): the figure's cloth and skin are matte.
  const material = new MeshBasicMaterial({ vertexColors: true, toneMapped: false });
  const mesh = new SkinnedMesh(merged, material);
  mesh.name = `${root.name}:body`;
  mesh.frustumCulled = false;
  // A fixed bound (the renderer sorts by it): computing it would skin every vertex on the CPU.
  mesh.boundingSphere = new Sphere(new Vector3(0, appearance.height / 2, 0), appearance.height);
  mesh.raycast = () => {};
  root.add(mesh);
  mesh.matrixAutoUpdate = false; // the body sits at the figure's origin; its bones move it
  // Drawn before the room: the room, its loose objects and the blob shadows then follow one another
  // in the same shader program (bakedLight.ts), one program switch a frame instead of two, and the
  // figure in front of the wall hides the wall's pixels from the depth test.
  mesh.renderOrder = -1;
  mesh.bind(new Skeleton(boneList));
  figureShader(material, mesh.skeleton, options.lights ?? lightRig('fluorescent', 2.7));

  const gaze = options.gaze ?? { face: 'patient.face', hands: 'patient.hands' };
  if (typeof gaze === 'string') {
    root.userData.gazeTarget = gaze;
    const body = gazeProxy(
      new BoxGeometry(0.5 * s, appearance.height, 0.35 * s).translate(0, appearance.height / 2, 0),
      gaze,
    );
    root.add(body);
  } else {
    bones.head.userData.gazeTarget = gaze.face;
    bones.head.add(gazeProxy(new SphereGeometry(0.12 * s, 8, 6).translate(0, 0.1 * s, 0.02 * s), gaze.face));
    for (const side of ['L', 'R'] as const) {
      const hand = bones[`hand${side}`];
      hand.userData.gazeTarget = gaze.hands;
      hand.add(
        gazeProxy(new BoxGeometry(0.07 * s, 0.2 * s, 0.13 * s).translate(0, -0.08 * s, 0), gaze.hands),
      );
    }
  }

  return {
    root,
    bones,
    mesh,
    dims,
    dispose() {
      merged.dispose();
      material.dispose();
      root.traverse((o) => {
        if (o instanceof Mesh && o !== mesh) o.geometry.dispose();
      });
    },
  };
}

/**
 * The rig's current pose as a static, world-space geometry (positions, normals, colours): for a
 * figure that never moves (the colleague), so it can be lit once and drawn with the room, without a
 * skeleton to upload every frame. Skinning is rigid (one bone per vertex), so this is exact.
 */
export function bakePose(rig: AvatarRig): BufferGeometry {
  const { mesh } = rig;
  rig.root.updateMatrixWorld(true);
  const skeleton = mesh.skeleton;
  const perBone = skeleton.bones.map((bone, b) =>
    new Matrix4()
      .multiplyMatrices(mesh.matrixWorld, mesh.bindMatrixInverse)
      .multiply(bone.matrixWorld)
      .multiply(skeleton.boneInverses[b]!)
      .multiply(mesh.bindMatrix),
  );
  const normals = perBone.map((m) => new Matrix3().getNormalMatrix(m));
  const src = mesh.geometry;
  const pos = src.getAttribute('position');
  const nor = src.getAttribute('normal');
  const idx = src.getAttribute('skinIndex');
  const n = pos.count;
  const p = new Float32Array(n * 3);
  const q = new Float32Array(n * 3);
  const v = new Vector3();
  for (let i = 0; i < n; i++) {
    const b = idx.getX(i);
    v.fromBufferAttribute(pos, i)
      .applyMatrix4(perBone[b]!)
      .toArray(p, i * 3);
    v.fromBufferAttribute(nor, i)
      .applyMatrix3(normals[b]!)
      .normalize()
      .toArray(q, i * 3);
  }
  const out = new BufferGeometry();
  out.setAttribute('position', new BufferAttribute(p, 3));
  out.setAttribute('normal', new BufferAttribute(q, 3));
  out.setAttribute('color', src.getAttribute('color').clone());
  if (src.index) out.setIndex(src.index.clone());
  return out;
}
