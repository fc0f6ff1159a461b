import { Bone, Matrix4, Skeleton } from 'three';
import { describe, expect, it } from 'vitest';
import { RigPose } from './rigPose';
import { Rng } from '../../sim/rng';

/** A random tree of bones, parents first, as RigPose takes it and as three's Bones. */
function randomRig(seed: number, n = 14) {
  const rng = new Rng(seed);
  const rnd = () => rng.next();
  const parent = Array.from({ length: n }, (_, i) => (i === 0 ? -1 : Math.floor(rnd() * i)));
  const position = Array.from({ length: n * 3 }, () => rnd() * 0.6 - 0.3);
  const bones = parent.map((_, i) => {
    const b = new Bone();
    b.position.fromArray(position, i * 3);
    return b;
  });
  parent.forEach((p, i) => p >= 0 && bones[p]!.add(bones[i]!));
  bones[0]!.updateMatrixWorld(true);
  // three's own inverse bind matrices, taken in the rest pose.
  const skeleton = new Skeleton(bones);
  return { rnd, parent, position, bones, skeleton };
}

describe('RigPose', () => {
  it('makes the same frames and skinning matrices as three’s scene graph and skeleton, for any pose', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { rnd, parent, position, bones, skeleton } = randomRig(seed);
      const pose = new RigPose(parent, position);
      const angle = () => (rnd() * 2 - 1) * Math.PI;
      bones.forEach((b, i) => {
        const r = [angle(), angle(), angle()] as const;
        const s = [0.5 + rnd(), 0.5 + rnd(), 0.5 + rnd()] as const;
        const p = [rnd() - 0.5, rnd() - 0.5, rnd() - 0.5] as const;
        pose.setRotation(i, ...r);
        pose.setScale(i, ...s);
        pose.setPosition(i, ...p);
        b.rotation.set(...r);
        b.scale.set(...s);
        b.position.set(...p);
      });
      pose.update();
      bones[0]!.updateMatrixWorld(true);
      skeleton.update();
      const frame = new Matrix4();
      bones.forEach((b, i) => {
        const f = pose.frame.subarray(i * 12, i * 12 + 12);
        // row-major rotation·scale, then origin → column-major 4x4
        frame.set(
          f[0]!,
          f[1]!,
          f[2]!,
          f[9]!,
          f[3]!,
          f[4]!,
          f[5]!,
          f[10]!,
          f[6]!,
          f[7]!,
          f[8]!,
          f[11]!,
          0,
          0,
          0,
          1,
        );
        frame.elements.forEach((x, k) => expect(x).toBeCloseTo(b.matrixWorld.elements[k]!, 9));
        for (let k = 0; k < 16; k++)
          expect(pose.skin[i * 16 + k]).toBeCloseTo(skeleton.boneMatrices![i * 16 + k]!, 5);
      });
    }
  });

  it('is the rest pose until posed: every skinning matrix is the identity', () => {
    const { parent, position } = randomRig(7);
    const pose = new RigPose(parent, position);
    const identity = new Matrix4().elements;
    for (let i = 0; i < pose.count; i++)
      identity.forEach((x, k) => expect(pose.skin[i * 16 + k]).toBeCloseTo(x, 12));
  });

  it('refuses a bone listed before its parent', () => {
    expect(() => new RigPose([-1, 2, 0], new Array(9).fill(0))).toThrow(/parent 2 does not come before it/);
  });
});
