/**
 * What loads when (issue #3: a run's first frame waits for as little as possible): the run screen's
 * chunk, fetched while the briefing is read; the packed scene, fetched as soon as the scenario is
 * known; the store of runs (dexie), loaded with the first save; the headset's code (xrRuntime.ts),
 * after the room's first frame. Not re-exported here, so as not to pull them into a chunk: runStore.ts
 * (dexie: only through loadRunStore), xrRuntime.ts (loaded by app/xr) and deepLink.ts (main.tsx's
 * first import).
 */
export { moduleLoader } from './moduleLoader';
export { useModule } from './useModule';
export { runScreenModule } from './runScreenModule';
export { canStore, loadRunStore } from './lazyRunStore';
export { fetchSceneById, fetchScene } from './sceneFetch';
export { prepareScene, takeScene } from './scenePrefetch';
export { usePreparedScene } from './usePreparedScene';
export { useLoadProgress } from './useLoadProgress';
