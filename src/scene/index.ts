/** Public API of the scene layer: the room, the patient avatar and the pure pose model behind it. */
export { Room, type RoomProps } from './Room';
export { PatientAvatar, prefersReducedMotion, type PatientAvatarProps } from './PatientAvatar';
export { SceneContents, type SceneContentsProps } from './SceneContents';
export { Colleague } from './Colleague';
export { Lighting, type LightingMood } from './Lighting';
export { createPatientView, type PatientView } from './patientView';
export { poseTargets, SEAT_HEIGHT, type PoseTarget, type PoseOptions } from './poseTargets';
export { faceTargets, breathRate, type FaceTarget } from './faceTargets';
export {
  bodyDims,
  forwardKinematics,
  JOINT_NAMES,
  type JointName,
  type JointRotations,
  type Vec3,
} from './skeleton';
export type { Appearance } from './avatarParts';
export { buildRoom, type RoomModel } from './roomModel';
export { buildAvatarRig, type AvatarRig } from './avatarRig';
export { drawStats, type DrawStats } from './drawStats';
export { HeldObject, GRIP_OFFSET } from './HeldObject';
export { roomFromData, type RoomData, type SceneData } from './roomTransfer';
