/**
 * The packed scene (the room's geometry and the patient's body as one binary, built for each bundled
 * scenario): reading it needs no three, so the start screen can fetch it before the 3D code loads.
 */
export { packScene, unpackScene } from './scenePack';
export type { GeometryData, RoomData, SceneData } from './types';
