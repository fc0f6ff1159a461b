/**
 * A run's scene geometry as plain data: typed arrays, no three (roomTransfer.ts makes and reads it).
 */
export type TypedArray =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint8ClampedArray
  | Uint16Array
  | Uint32Array;

export interface GeometryData {
  attributes: Record<string, { array: TypedArray; itemSize: number; normalized: boolean }>;
  index: Uint16Array | Uint32Array | null;
  /**
   * Its bounding sphere [x, y, z, radius]: three sorts every drawn mesh by it, and computing it on
   * the first frame walks every vertex (the shell's ~20k).
   */
  sphere: [number, number, number, number];
}

/** The room, and the patient's body in its rest pose (avatarRig.ts bodyGeometry). */
export interface SceneData {
  room: RoomData;
  body: GeometryData;
}

export interface RoomData {
  shell: GeometryData;
  objects: {
    id: string;
    position: [number, number, number];
    range: [number, number];
    geometry: GeometryData;
  }[];
  colleague: {
    name: string;
    gazeTarget: string;
    proxies: { name: string; gazeTarget: string; matrix: number[]; geometry: GeometryData }[];
  } | null;
}
