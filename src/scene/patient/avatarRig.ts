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
  Matrix4,
  Mesh,
  Sphere,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { avatarParts, EXTRA_BONES, type Appearance, type ColourKey, type FaceBone } from './avatarParts';
import { figureMaterial } from '../render/sceneProgram';
import { indexed } from '../render/geometryUtils';
import { GAZE_ONLY, gazeOnlyMaterial } from '../room/gaze';
import { lightRig, type LightSpec } from '../render/Lighting';
import { RigPose } from './rigPose';
import {
  ATTACHMENT_BONES,
  BONE_ORDER,
  poseRig,
  type AttachmentBone,
  type AvatarRig,
  type RigBone,
} from './posedRig';
import { bodyDims, JOINT_PARENT, type BodyDims, type JointName } from './skeleton';

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
 * The figure is drawn by the scene's one program (render/sceneProgram.ts): skinned rigidly by the
 * rig's own matrices (RigPose.skin, one bone a vertex) and lit per vertex by the room's lights.
 * docs/architecture.md ("The scene's drawing") says why.
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
  // in the same shader program (render/sceneProgram.ts), one program switch a frame instead of two, and the
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
