/**
 * Builds the avatar as one rigidly skinned mesh (one draw call) over a bone hierarchy:
 * hips → spine → chest → neck → head; chest → shoulder → upper arm → forearm → hand; hips → thigh →
 * shin → foot; plus face bones (jaw, lips, eyes, brows), finger bones and a breathing bone.
 * The pose is numbers (rig.pose, rigPose.ts) and poseRig() makes every matrix from them directly;
 * the head and hands are also objects in the scene graph, named places to hang things from (the
 * gaze proxies, a held object), their world matrices written by poseRig, not by three. Invisible
 * proxy meshes on the head and hands carry userData.gazeTarget for gaze raycasting; the visible mesh
 * does not take part in raycasts.
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
import { figureMaterial } from '../render/bakedLight';
import { indexed } from '../render/geometryUtils';
import { GAZE_ONLY, gazeOnlyMaterial } from '../room/gaze';
import { lightRig, type LightSpec } from '../render/Lighting';
import { RigPose } from './rigPose';
import { bodyDims, JOINT_NAMES, JOINT_PARENT, type BodyDims, type JointName } from './skeleton';

export type RigBone = JointName | FaceBone;

/** The bones that things hang from (gaze proxies, a held object): the only ones in the scene graph. */
export const ATTACHMENT_BONES = ['head', 'handL', 'handR'] as const satisfies readonly RigBone[];
export type AttachmentBone = (typeof ATTACHMENT_BONES)[number];

/** The rig's bones in order, parents before children: the pose's and the shader's bone indices. */
export const BONE_ORDER: readonly RigBone[] = [...JOINT_NAMES, ...FACE_BONES];

export interface AvatarRig {
  /** The figure's place: set its position and rotation, then poseRig() (it composes the matrix). */
  root: Group;
  /** The bones things hang from, in the scene graph under the root (matrixWorld written by poseRig). */
  bones: Record<AttachmentBone, Bone>;
  /** The pose: set its local transforms, then poseRig(). */
  pose: RigPose;
  /** Each bone's index in `pose` (and in the shader's bone matrices). */
  index: Record<RigBone, number>;
  /** The index in `pose` of each of ATTACHMENT_BONES, in that order. */
  attachIndex: readonly number[];
  mesh: Mesh;
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
 * The figure's material (bakedLight.ts figureMaterial): the program the room is drawn with, three's
 * unlit one with two things added as it compiles, which only a figure's uniforms switch on.
 * - Lit per vertex by the room's own lights, passed as uniforms (LIGHT_GLSL: the sums the room is
 *   baked with, three's Lambert), from the skinned normal in world space, then tone-mapped and
 *   sRGB-encoded there too (OUTPUT_GLSL, as the room's baked colours are): the fragment shader only
 *   interpolates the colour. No light in the scene, so three sets up, moves to view space and
 *   uploads no lights each frame. Per vertex is enough for a low-poly matte figure lit by broad
 *   lights, and a figure near the camera covers far more pixels than it has vertices.
 * - Skinned rigidly (each vertex moves with one bone: its `boneIndex`) by the rig's own matrices
 *   (RigPose.skin) in a `mat4[]` uniform, not by three's skinning: no SkinnedMesh, skeleton or
 *   bone texture to update and upload every frame, no bind matrices, one matrix per vertex instead
 *   of four weighted ones. 32 bones are 128 vectors, within WebGL 2's guaranteed 256 (a Quest's
 *   GPU meets it). three uploads a material's uniforms whenever it switches to that material,
 *   which is at least once a frame (each render starts with no current material), so the array's
 *   new values are drawn every frame.
 * One program for the room and the figure: a run compiles one shader before its first frame, not
 * two (issue #3).
 */

/**
 * The figure's rest pose, sized for `appearance.height`, as a RigPose (every bone's parent and
 * local position, in BONE_ORDER; no rotation, unit scale).
 */
function restPose(appearance: Appearance): { pose: RigPose; dims: BodyDims; s: number } {
  const dims = bodyDims(appearance.height);
  const s = appearance.height / 1.75;
  const at = new Map(BONE_ORDER.map((n, i) => [n, i]));
  const parent = BONE_ORDER.map((n) => {
    const p = (JOINT_PARENT as Partial<Record<RigBone, JointName | null>>)[n];
    const q = p === undefined ? EXTRA_BONES[n as FaceBone].parent : p;
    return q === null ? -1 : at.get(q as RigBone)!;
  });
  const position = BONE_ORDER.flatMap((n): number[] => {
    if (n === 'hips') return [0, dims.standingHips, 0];
    if (n in dims.offsets) return [...dims.offsets[n as JointName]];
    const o = EXTRA_BONES[n as FaceBone].offset;
    return [o[0] * s, o[1] * s, o[2] * s];
  });
  return { pose: new RigPose(parent, position), dims, s };
}

function mergeBody(appearance: Appearance, pose: RigPose, dims: BodyDims, s: number) {
  const index = new Map(BONE_ORDER.map((n, i) => [n, i]));
  const colours = palette(appearance);
  const place = new Matrix4();
  const pieces = avatarParts(dims).map(({ bone, geometry, colour }) => {
    const bi = index.get(bone as RigBone) ?? 0;
    // Indexed: a smooth part's vertex is shared by its ~6 triangles, and transformed (skinned and
    // lit) once rather than for each of them.
    const g = indexed(geometry);
    g.deleteAttribute('uv');
    // Scaled to size, then to its bone's place in the rest pose (which has no rotation).
    g.applyMatrix4(
      place
        .makeScale(s, s, s)
        .setPosition(pose.rest[bi * 3]!, pose.rest[bi * 3 + 1]!, pose.rest[bi * 3 + 2]!),
    );
    const n = g.getAttribute('position').count;
    const c = colours[colour];
    // RGBA, as the room's: the scene's one program is compiled for four-part colours.
    const col = new Float32Array(n * 4);
    for (let i = 0; i < n; i++) {
      col[i * 4] = c.r;
      col[i * 4 + 1] = c.g;
      col[i * 4 + 2] = c.b;
      col[i * 4 + 3] = 1;
    }
    g.setAttribute('color', new BufferAttribute(col, 4));
    // Not three's `normal`: a geometry with normals compiles to another program than the room's.
    g.setAttribute('rgNormal', g.getAttribute('normal'));
    g.deleteAttribute('normal');
    // Rigid skinning: the one bone that moves the vertex (figureMaterial).
    g.setAttribute('boneIndex', new BufferAttribute(new Uint8Array(n).fill(bi), 1));
    return g;
  });
  const merged = mergeGeometries(pieces);
  pieces.forEach((g) => g.dispose());
  if (!merged) throw new Error('avatar: could not merge body parts');
  return merged;
}

/**
 * The figure's body in its rest pose: one geometry of all its parts with positions, normals,
 * colours and rigid skinning (the index of the one bone that moves each vertex). buildAvatarRig
 * takes it ready-made when it was built elsewhere (packed at build time: sceneData.ts).
 */
export function bodyGeometry(appearance: Appearance): BufferGeometry {
  const { pose, dims, s } = restPose(appearance);
  return mergeBody(appearance, pose, dims, s);
}

export function buildAvatarRig(
  appearance: Appearance,
  options: RigOptions = {},
  /** The body from bodyGeometry(appearance), if it was built already; the rig owns it. */
  body?: BufferGeometry,
): AvatarRig {
  const { pose, dims, s } = restPose(appearance);
  const merged = body ?? mergeBody(appearance, pose, dims, s);
  const index = Object.fromEntries(BONE_ORDER.map((n, i) => [n, i])) as Record<RigBone, number>;
  // Only the bones things hang from are objects in the scene graph, straight under the root: the
  // renderer and the gaze ray walk 3 objects for the figure's pose instead of 30, and poseRig writes
  // 3 world matrices (the hierarchy is the pose's).
  const root = new Group();
  root.name = options.name ?? 'avatar';
  root.matrixAutoUpdate = false; // composed by poseRig, once a frame
  const attached = {} as Record<AttachmentBone, Bone>;
  for (const n of ATTACHMENT_BONES) {
    const b = new Bone();
    b.name = n;
    b.matrixAutoUpdate = false;
    b.matrixWorldAutoUpdate = false;
    root.add(b);
    attached[n] = b;
  }
  const attachIndex = ATTACHMENT_BONES.map((n) => index[n]);
  // Lit as the room is baked (three's Lambert): the figure's cloth and skin are matte.
  const material = figureMaterial(pose.skin, options.lights ?? lightRig('fluorescent', 2.7));
  const mesh = new Mesh(merged, material);
  mesh.name = `${root.name}:body`;
  mesh.frustumCulled = false;
  // A fixed bound (the renderer sorts by it): computing it would walk the rest pose's vertices.
  merged.boundingSphere = new Sphere(new Vector3(0, appearance.height / 2, 0), appearance.height);
  mesh.raycast = () => {};
  root.add(mesh);
  mesh.matrixAutoUpdate = false; // the body sits at the figure's origin; its bones move it
  // Drawn before the room: the room, its loose objects and the blob shadows then follow one another
  // in the same shader program (bakedLight.ts), one program switch a frame instead of two, and the
  // figure in front of the wall hides the wall's pixels from the depth test.
  mesh.renderOrder = -1;

  const gaze = options.gaze ?? { face: 'patient.face', hands: 'patient.hands' };
  if (typeof gaze === 'string') {
    root.userData.gazeTarget = gaze;
    const body = gazeProxy(
      new BoxGeometry(0.5 * s, appearance.height, 0.35 * s).translate(0, appearance.height / 2, 0),
      gaze,
    );
    root.add(body);
  } else {
    // At their bone's origin (the shape is offset instead): their own matrices never change.
    const attach = (bone: Bone, proxy: Mesh) => {
      proxy.matrixAutoUpdate = false;
      bone.add(proxy);
    };
    attached.head.userData.gazeTarget = gaze.face;
    attach(
      attached.head,
      gazeProxy(new SphereGeometry(0.12 * s, 8, 6).translate(0, 0.1 * s, 0.02 * s), gaze.face),
    );
    for (const side of ['L', 'R'] as const) {
      const hand = attached[`hand${side}`];
      hand.userData.gazeTarget = gaze.hands;
      attach(
        hand,
        gazeProxy(new BoxGeometry(0.07 * s, 0.2 * s, 0.13 * s).translate(0, -0.08 * s, 0), gaze.hands),
      );
    }
  }

  const rig: AvatarRig = {
    root,
    bones: attached,
    attachIndex,
    pose,
    index,
    mesh,
    dims,
    dispose() {
      merged.dispose();
      material.dispose();
      root.traverse((o) => {
        if (o instanceof Mesh && o !== mesh) (o as Mesh).geometry.dispose();
      });
    },
  };
  poseRig(rig);
  root.updateMatrixWorld(true);
  return rig;
}

/**
 * Makes the rig's matrices from its pose: every bone's frame and skinning matrix (RigPose.update),
 * the root's matrix from its position and rotation, and the world matrix of each bone things hang
 * from (rig.bones: what hangs from one follows it as the renderer updates the scene). Call after
 * changing the pose or the root.
 * `ground`: the figure is first lifted (or lowered) so that its lowest sole is on the floor, the
 * hips' own height left out.
 */
export function poseRig(rig: AvatarRig, ground = false): void {
  const { root, pose, bones, attachIndex } = rig;
  pose.update();
  if (ground) pose.lift(-soleHeight(rig));
  root.updateMatrix(); // also marks its world matrix (and so its children's) for the renderer
  if (root.parent) root.matrixWorld.multiplyMatrices(root.parent.matrixWorld, root.matrix);
  else root.matrixWorld.copy(root.matrix);
  const w = root.matrixWorld.elements;
  const f = pose.frame;
  for (let k = 0; k < ATTACHMENT_BONES.length; k++) {
    const e = bones[ATTACHMENT_BONES[k]!].matrixWorld.elements;
    const o = attachIndex[k]! * 12;
    // root world (column-major) times the bone's frame (row-major rotation·scale, then origin).
    for (let c = 0; c < 3; c++) {
      const f0 = f[o + c]!;
      const f1 = f[o + 3 + c]!;
      const f2 = f[o + 6 + c]!;
      e[c * 4] = w[0] * f0 + w[4] * f1 + w[8] * f2;
      e[c * 4 + 1] = w[1] * f0 + w[5] * f1 + w[9] * f2;
      e[c * 4 + 2] = w[2] * f0 + w[6] * f1 + w[10] * f2;
      e[c * 4 + 3] = 0;
    }
    const x = f[o + 9]!;
    const y = f[o + 10]!;
    const z = f[o + 11]!;
    e[12] = w[0] * x + w[4] * y + w[8] * z + w[12];
    e[13] = w[1] * x + w[5] * y + w[9] * z + w[13];
    e[14] = w[2] * x + w[6] * y + w[10] * z + w[14];
    e[15] = 1;
  }
}

/** The height of the lowest heel or toe in the figure's frame, from the pose's last update. */
export function soleHeight(rig: AvatarRig): number {
  const { pose, index, dims } = rig;
  const f = pose.frame;
  const toe = dims.footLength * 0.75;
  const heel = -dims.footLength * 0.25;
  const ankle = -dims.ankle;
  let lowest = Infinity;
  for (let k = 0; k < 2; k++) {
    const o = (k === 0 ? index.footL : index.footR) * 12;
    // The foot's origin plus its frame times (0, -ankle, heel or toe): the height is row 2.
    const y = f[o + 10]! + f[o + 4]! * ankle;
    lowest = Math.min(lowest, y + f[o + 5]! * heel, y + f[o + 5]! * toe);
  }
  return lowest;
}

/**
 * The rig's current pose as a static, world-space geometry (positions, normals, colours): for a
 * figure that never moves (the colleague), so it can be lit once and drawn with the room, without a
 * skeleton to upload every frame. Skinning is rigid (one bone per vertex), so this is exact.
 */
export function bakePose(rig: AvatarRig): BufferGeometry {
  const { mesh, pose } = rig;
  poseRig(rig);
  const perBone = Array.from({ length: pose.count }, (_, b) =>
    new Matrix4().fromArray(pose.skin, b * 16).premultiply(rig.root.matrixWorld),
  );
  const normals = perBone.map((m) => new Matrix3().getNormalMatrix(m));
  const src = mesh.geometry;
  const pos = src.getAttribute('position');
  const nor = src.getAttribute('rgNormal');
  const idx = src.getAttribute('boneIndex');
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
