/**
 * A run's scene geometry, packed at build time for each bundled scenario (scripts/sceneAssets.ts)
 * and fetched as soon as it is known which scenario will run: on a deep link into a run
 * (main.tsx), or when its briefing opens. The run screen takes it and makes its meshes from it
 * (scene/roomTransfer.ts) instead of building the room and the patient before its first frame
 * (issue #3). Where nothing was packed (the dev server, a scenario not from the bundle) or the fetch
 * failed, it gets null and the scene builds itself.
 */
import type { Scenario } from '../../scenario';
import type { SceneData } from '../../scene/pack';
import { fetchSceneById, takeSceneById } from './sceneFetch';
import { bundledScenarios } from '../scenarios';

/** Only the very scenario objects the build packed have packed geometry (not an edited copy). */
const isBundled = (scenario: Scenario) => bundledScenarios().some((e) => e.ok && e.scenario === scenario);

/** Begins fetching `scenario`'s packed scene (once, until it is taken). */
export function prepareScene(scenario: Scenario): Promise<SceneData | null> {
  return (isBundled(scenario) && fetchSceneById(scenario.id)) || Promise.resolve(null);
}

/**
 * The prepared scene data, handed over once (the run's meshes own its arrays and dispose them, so
 * a later run prepares its own). Undefined if it was never prepared.
 */
export function takeScene(scenario: Scenario): Promise<SceneData | null> | undefined {
  return isBundled(scenario) ? takeSceneById(scenario.id) : undefined;
}
