/**
 * A run's scene data (roomTransfer.ts: the room's geometry and the patient's body) as one binary
 * and back. The build packs it for every bundled scenario (scripts/sceneAssets.ts) and the run
 * fetches it instead of building the geometry before its first frame. Layout: the
 * header's length (uint32, little-endian), the header (UTF-8 JSON: the data with each typed array
 * replaced by { $a: type, o: byte offset, n: length }), then the arrays, each 8-byte aligned.
 * No three, no DOM.
 */
import type { SceneData } from './types';

const TYPES = {
  Float32Array,
  Float64Array,
  Int8Array,
  Int16Array,
  Int32Array,
  Uint8Array,
  Uint16Array,
  Uint32Array,
} as const;
type TypeName = keyof typeof TYPES;
type Typed = InstanceType<(typeof TYPES)[TypeName]>;

const typeOf = (v: unknown): TypeName | null => {
  if (!ArrayBuffer.isView(v)) return null;
  const name = v.constructor.name as TypeName;
  return name in TYPES ? name : null;
};
const align8 = (n: number) => (n + 7) & ~7;

export function packScene(data: SceneData): Uint8Array {
  const arrays: Typed[] = [];
  let offset = 0;
  const header = JSON.stringify(data, (_key, value: unknown) => {
    const type = typeOf(value);
    if (!type) return value;
    const a = value as Typed;
    const ref = { $a: type, o: offset, n: a.length };
    arrays.push(a);
    offset = align8(offset + a.byteLength);
    return ref;
  });
  const head = new TextEncoder().encode(header);
  const start = align8(4 + head.byteLength);
  const out = new Uint8Array(start + offset);
  new DataView(out.buffer).setUint32(0, head.byteLength, true);
  out.set(head, 4);
  let at = start;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = align8(at + a.byteLength);
  }
  return out;
}

/** The data in `buffer`; its arrays are views on `buffer` (no copies). */
export function unpackScene(buffer: ArrayBuffer): SceneData {
  const length = new DataView(buffer).getUint32(0, true);
  const header = new TextDecoder().decode(new Uint8Array(buffer, 4, length));
  const start = align8(4 + length);
  return JSON.parse(header, (_key, value: unknown) => {
    const ref = value as { $a?: TypeName; o: number; n: number } | null;
    if (!ref || typeof ref !== 'object' || !ref.$a) return value;
    const Type = TYPES[ref.$a];
    if (!Type) throw new Error(`scene data: unknown array type ${ref.$a}`);
    return new Type(buffer, start + ref.o, ref.n);
  }) as SceneData;
}
