import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packScene } from '../../scene/pack/scenePack';
import type { SceneData } from '../../scene/pack/roomTransfer';
import { fetchScene } from './sceneFetch';

const geometry = () => ({
  attributes: {
    position: { array: new Float32Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), itemSize: 3, normalized: false },
  },
  index: null,
  sphere: [0, 1, 2, 3] as [number, number, number, number],
});
const data: SceneData = { room: { shell: geometry(), objects: [], colleague: null }, body: geometry() };
const packed = packScene(data);

const serve = (body: Uint8Array, status = 200) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(new Uint8Array(body), { status }));

afterEach(() => vi.restoreAllMocks());

describe('fetching a packed scene', () => {
  it('reads the gzip bytes as served, and a body the browser has already unzipped', async () => {
    serve(gzipSync(packed));
    expect(await fetchScene('scenes/x.bin.gz')).toEqual(data);
    serve(packed); // served with Content-Encoding: gzip (vite preview): the browser unzipped it
    expect(await fetchScene('scenes/x.bin.gz')).toEqual(data);
  });

  it('gives null (the scene is then built) for a missing or broken file', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    serve(new Uint8Array(0), 404);
    expect(await fetchScene('scenes/x.bin.gz')).toBeNull();
    serve(new Uint8Array([0x1f, 0x8b, 1, 2, 3]));
    expect(await fetchScene('scenes/x.bin.gz')).toBeNull();
  });
});
