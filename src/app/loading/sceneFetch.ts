/**
 * Fetching a bundled scenario's packed scene geometry by id (scripts/sceneAssets.ts): main.tsx
 * starts it on a deep link before the scenarios are even read; scenePrefetch.ts hands it to a run
 * for the very scenario it was packed for. No React, no three here.
 */
import packed from 'virtual:rolig-scene-assets';
import type { SceneData } from '../../scene/pack';
import { unpackScene } from '../../scene/pack';

const fetching = new Map<string, Promise<SceneData | null>>();

/** Starts fetching scenario `id`'s packed scene (once, until taken); undefined if none was packed. */
export function fetchSceneById(id: string): Promise<SceneData | null> | undefined {
  const url = packed[id];
  if (!url) return undefined;
  let p = fetching.get(id);
  if (!p) {
    p = fetchScene(url);
    fetching.set(id, p);
  }
  return p;
}

/** The fetch for `id`, handed over once (its arrays then belong to one run's meshes). */
export function takeSceneById(id: string): Promise<SceneData | null> | undefined {
  const p = fetching.get(id);
  fetching.delete(id);
  return p;
}

/** The packed scene at `url`, or null (logged) if it cannot be fetched or read. */
export async function fetchScene(url: string): Promise<SceneData | null> {
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = await res.arrayBuffer();
    // Servers that see .gz send it with Content-Encoding: gzip (vite preview does), and the browser
    // has then unzipped it already; others send the gzip bytes as they are.
    const head = new Uint8Array(body, 0, 2);
    if (head[0] !== 0x1f || head[1] !== 0x8b) return unpackScene(body);
    const raw = new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip'));
    return unpackScene(await new Response(raw).arrayBuffer());
  } catch (err) {
    console.warn(`scene data ${url} not used (the room is built instead)`, err);
    return null;
  }
}
