/**
 * A scenario's scene data (the room model and the patient's body) built from scratch: what the
 * build packs for each bundled scenario (scripts/sceneAssets.ts) and what a run builds itself when
 * nothing was packed (the dev server). Plain three, no React, no DOM.
 */
import type { Scenario } from '../../scenario';
import { bodyGeometry } from '../patient/avatarRig';
import { buildRoom } from '../room/roomModel';
import { geometryData, roomToData, type SceneData } from './roomTransfer';
import { packScene } from './scenePack';

export function buildSceneData(scenario: Pick<Scenario, 'setting' | 'patient'>): SceneData {
  return {
    room: roomToData(buildRoom(scenario.setting)),
    body: geometryData(bodyGeometry(scenario.patient.appearance)),
  };
}

/** The packed binary of buildSceneData (scenePack.ts). */
export function packedScene(scenario: Pick<Scenario, 'setting' | 'patient'>): Uint8Array {
  return packScene(buildSceneData(scenario));
}
