/** Public API of the scene layer: the room, the patient avatar and the pure pose model behind it. */
export { Room, type RoomProps } from './room/Room';
export { PatientAvatar, prefersReducedMotion, type PatientAvatarProps } from './patient/PatientAvatar';
export { SceneContents, type SceneContentsProps } from './SceneContents';
export { Colleague } from './patient/Colleague';
export { Lighting, type LightingMood } from './render/Lighting';
export { createPatientView, type PatientView } from './patient/patientView';
export { poseTargets, SEAT_HEIGHT, type PoseTarget, type PoseOptions } from './patient/poseTargets';
export { faceTargets, breathRate, type FaceTarget } from './patient/faceTargets';
export { bodyDims, JOINT_NAMES, type JointName, type JointRotations, type Vec3 } from './patient/skeleton';
export type { Appearance } from './patient/avatarParts';
export { buildRoom, type RoomModel } from './room/roomModel';
export { buildAvatarRig } from './patient/avatarRig';
export type { AvatarRig } from './patient/posedRig';
export { drawStats, type DrawStats } from './render/drawStats';
export { HeldObject, GRIP_OFFSET } from './patient/HeldObject';
export { roomFromData, type RoomData, type SceneData } from './pack/roomTransfer';
export { createGazeCaster } from './room/gaze';
