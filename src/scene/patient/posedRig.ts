/**
 * A built rig (avatarRig.ts) in a pose: its bones, the matrices the renderer draws it with
 * (poseRig), its lowest sole, and a pose baked into static geometry (a figure that never moves).
 */
import { Bone, BufferAttribute, BufferGeometry, Group, Matrix3, Matrix4, Mesh, Vector3 } from 'three';
import type { FaceBone } from './avatarParts';
import { FACE_BONES } from './avatarParts';
import type { RigPose } from './rigPose';
import { JOINT_NAMES, soleIn, type BodyDims, type JointName } from './skeleton';

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
  return soleIn(rig.pose.frame, rig.index.footL, rig.index.footR, rig.dims);
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
