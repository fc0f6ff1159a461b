/**
 * A figure's pose as numbers and the one forward-kinematics routine: each bone's local position,
 * XYZ Euler rotation and scale in flat arrays; from them each bone's frame in the figure's space
 * (parents before children) and its skinning matrix, without three's scene graph (why:
 * docs/architecture.md). Conventions as three's: a bone's local transform is translate(position) ·
 * rotate(Euler XYZ, R = Rx · Ry · Rz) · scale; matrices handed out are column-major. Pure.
 */

export class RigPose {
  readonly count: number;
  /** Local position, rotation (radians, XYZ) and scale of each bone, three numbers a bone. */
  readonly position: Float64Array;
  readonly rotation: Float64Array;
  readonly scale: Float64Array;
  /**
   * Each bone's frame in the figure's space after the last update(): twelve numbers a bone, its
   * rotation · scale (row-major 3x3) then its origin.
   */
  readonly frame: Float64Array;
  /**
   * Each bone's skinning matrix after the last update() (column-major 4x4, sixteen floats a bone):
   * its frame times the inverse of its rest frame, which takes a vertex of the body as built (in
   * the rest pose) to where the bone has moved it, in the figure's space.
   */
  readonly skin: Float32Array;
  /** Each bone's position in the figure's space in the rest pose (three numbers a bone). */
  readonly rest: Float64Array;
  private readonly m = new Float64Array(9);

  /**
   * `parent[i]` is bone i's parent's index (less than i), or -1 for the root bone; `position` holds
   * the local positions of the rest pose (three a bone), which has no rotation and unit scale.
   */
  constructor(
    readonly parent: readonly number[],
    position: ArrayLike<number>,
  ) {
    const n = parent.length;
    this.count = n;
    this.position = Float64Array.from(position);
    this.rotation = new Float64Array(n * 3);
    this.scale = new Float64Array(n * 3).fill(1);
    this.frame = new Float64Array(n * 12);
    this.skin = new Float32Array(n * 16);
    this.rest = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) {
      const p = parent[i]!;
      if (p >= i) throw new Error(`RigPose: bone ${i}'s parent ${p} does not come before it`);
      for (let k = 0; k < 3; k++)
        this.rest[i * 3 + k] = (p < 0 ? 0 : this.rest[p * 3 + k]!) + this.position[i * 3 + k]!;
    }
    this.update();
  }

  setPosition(i: number, x: number, y: number, z: number): void {
    this.position[i * 3] = x;
    this.position[i * 3 + 1] = y;
    this.position[i * 3 + 2] = z;
  }

  setRotation(i: number, x: number, y: number, z: number): void {
    this.rotation[i * 3] = x;
    this.rotation[i * 3 + 1] = y;
    this.rotation[i * 3 + 2] = z;
  }

  setScale(i: number, x: number, y: number, z: number): void {
    this.scale[i * 3] = x;
    this.scale[i * 3 + 1] = y;
    this.scale[i * 3 + 2] = z;
  }

  /** Moves the whole figure up by `dy` (frames and skinning matrices; the root bone's position stays). */
  lift(dy: number): void {
    const { frame, skin } = this;
    for (let i = 0; i < this.count; i++) {
      frame[i * 12 + 10] = frame[i * 12 + 10]! + dy;
      skin[i * 16 + 13] = skin[i * 16 + 13]! + dy;
    }
  }

  /** Recomputes every bone's frame and skinning matrix from the local transforms. */
  update(): void {
    const { parent, position: pos, rotation: rot, scale: sc, frame: f, skin, rest, m } = this;
    for (let i = 0; i < this.count; i++) {
      const i3 = i * 3;
      rotationInto(rot[i3]!, rot[i3 + 1]!, rot[i3 + 2]!, m);
      const sx = sc[i3]!;
      const sy = sc[i3 + 1]!;
      const sz = sc[i3 + 2]!;
      // L = R · S: each column of R times its scale.
      const l0 = m[0]! * sx,
        l1 = m[1]! * sy,
        l2 = m[2]! * sz,
        l3 = m[3]! * sx,
        l4 = m[4]! * sy,
        l5 = m[5]! * sz,
        l6 = m[6]! * sx,
        l7 = m[7]! * sy,
        l8 = m[8]! * sz;
      const px = pos[i3]!;
      const py = pos[i3 + 1]!;
      const pz = pos[i3 + 2]!;
      const o = i * 12;
      const p = parent[i]!;
      if (p < 0) {
        f[o] = l0;
        f[o + 1] = l1;
        f[o + 2] = l2;
        f[o + 3] = l3;
        f[o + 4] = l4;
        f[o + 5] = l5;
        f[o + 6] = l6;
        f[o + 7] = l7;
        f[o + 8] = l8;
        f[o + 9] = px;
        f[o + 10] = py;
        f[o + 11] = pz;
      } else {
        // The parent's frame times the local transform.
        const q = p * 12;
        const a0 = f[q]!,
          a1 = f[q + 1]!,
          a2 = f[q + 2]!,
          a3 = f[q + 3]!,
          a4 = f[q + 4]!,
          a5 = f[q + 5]!,
          a6 = f[q + 6]!,
          a7 = f[q + 7]!,
          a8 = f[q + 8]!;
        f[o] = a0 * l0 + a1 * l3 + a2 * l6;
        f[o + 1] = a0 * l1 + a1 * l4 + a2 * l7;
        f[o + 2] = a0 * l2 + a1 * l5 + a2 * l8;
        f[o + 3] = a3 * l0 + a4 * l3 + a5 * l6;
        f[o + 4] = a3 * l1 + a4 * l4 + a5 * l7;
        f[o + 5] = a3 * l2 + a4 * l5 + a5 * l8;
        f[o + 6] = a6 * l0 + a7 * l3 + a8 * l6;
        f[o + 7] = a6 * l1 + a7 * l4 + a8 * l7;
        f[o + 8] = a6 * l2 + a7 * l5 + a8 * l8;
        f[o + 9] = a0 * px + a1 * py + a2 * pz + f[q + 9]!;
        f[o + 10] = a3 * px + a4 * py + a5 * pz + f[q + 10]!;
        f[o + 11] = a6 * px + a7 * py + a8 * pz + f[q + 11]!;
      }
      // Skinning: frame · translate(-rest), column-major.
      const s = i * 16;
      const rx = rest[i3]!;
      const ry = rest[i3 + 1]!;
      const rz = rest[i3 + 2]!;
      skin[s] = f[o]!;
      skin[s + 1] = f[o + 3]!;
      skin[s + 2] = f[o + 6]!;
      skin[s + 3] = 0;
      skin[s + 4] = f[o + 1]!;
      skin[s + 5] = f[o + 4]!;
      skin[s + 6] = f[o + 7]!;
      skin[s + 7] = 0;
      skin[s + 8] = f[o + 2]!;
      skin[s + 9] = f[o + 5]!;
      skin[s + 10] = f[o + 8]!;
      skin[s + 11] = 0;
      skin[s + 12] = f[o + 9]! - (f[o] * rx + f[o + 1]! * ry + f[o + 2]! * rz);
      skin[s + 13] = f[o + 10]! - (f[o + 3]! * rx + f[o + 4]! * ry + f[o + 5]! * rz);
      skin[s + 14] = f[o + 11]! - (f[o + 6]! * rx + f[o + 7]! * ry + f[o + 8]! * rz);
      skin[s + 15] = 1;
    }
  }
}

/**
 * The rotation matrix (row-major 3x3) of XYZ Euler angles (R = Rx · Ry · Rz, as three.js's
 * Matrix4.makeRotationFromEuler), into `out`: no allocation (update() runs it for every bone,
 * every frame).
 */
function rotationInto(x: number, y: number, z: number, out: Float64Array): void {
  // Most of a figure's bones turn about one axis or none: no trigonometry for a zero angle.
  const a = x === 0 ? 1 : Math.cos(x),
    b = x === 0 ? 0 : Math.sin(x),
    c = y === 0 ? 1 : Math.cos(y),
    d = y === 0 ? 0 : Math.sin(y),
    e = z === 0 ? 1 : Math.cos(z),
    f = z === 0 ? 0 : Math.sin(z);
  const ae = a * e,
    af = a * f,
    be = b * e,
    bf = b * f;
  out[0] = c * e;
  out[1] = -c * f;
  out[2] = d;
  out[3] = af + be * d;
  out[4] = ae - bf * d;
  out[5] = -b * c;
  out[6] = bf - ae * d;
  out[7] = be + af * d;
  out[8] = a * c;
}
