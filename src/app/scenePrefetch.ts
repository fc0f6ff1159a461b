/**
 * Fetches a bundled scenario's scene data, packed at build time (scripts/sceneAssets.ts), as soon
 * as it is known which scenario will run: on a deep link into a run, or when its briefing opens.
 * The run screen takes it and makes its meshes from it (roomTransfer.ts) instead of building the
 * room and the patient before its first frame (issue #3). Where there is nothing packed (the dev
 * server, a scenario not from the bundle) or the fetch fails, it gets null and the scene builds
 * itself. No three here: the start screen's chunk stays small.
 */
import packed from 'virtual:rolig-scene-assets';
import type { Scenario } from '../scenario/schema';
import { bundledScenarios } from './scenarios';
import type { SceneData } from '../scene/roomTransfer';
import { unpackScene } from '../scene/scenePack';

const prepared = new WeakMap<Scenario, Promise<SceneData | null>>();

/** The packed file of `scenario`: only for the very scenario objects the build packed. */
function assetOf(scenario: Scenario): string | undefined {
  const url = packed[scenario.id];
  return url && bundledScenarios().some((e) => e.ok && e.scenario === scenario) ? url : undefined;
}

/** Begins fetching `scenario`'s scene data (once, until it is taken). */
export function prepareScene(scenario: Scenario): Promise<SceneData | null> {
  let p = prepared.get(scenario);
  if (!p) {
    const url = assetOf(scenario);
    p = url ? fetchScene(url) : Promise.resolve(null);
    prepared.set(scenario, p);
  }
  return p;
}

/**
 * The prepared scene data, handed over once (the run's meshes own its arrays and dispose them, so
 * a later run prepares its own). Undefined if it was never prepared.
 */
export function takeScene(scenario: Scenario): Promise<SceneData | null> | undefined {
  const p = prepared.get(scenario);
  prepared.delete(scenario);
  return p;
}

async function fetchScene(url: string): Promise<SceneData | null> {
  try {
    const res = await fetch(url);
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    const raw = res.body.pipeThrough(new DecompressionStream('gzip'));
    return unpackScene(await new Response(raw).arrayBuffer());
  } catch (err) {
    console.warn(`scene data ${url} not used (the room is built instead)`, err);
    return null;
  }
}
