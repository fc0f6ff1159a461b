export { XrInput, type XrInputOptions } from './xrInput';
export {
  BodyFrame,
  headYaw,
  wrapAngle,
  type HandSample,
  type Quat,
  type V3,
  type XrPoseSample,
} from './bodyFrame';
export { classifyHands, isPointing } from './handPose';
export { XR_THRESHOLDS, type XrThresholds } from './thresholds';
export { syntheticPose, setHand, type SyntheticBody } from './synthetic';
export { createPoseSample, readXrPoses } from './readPoses';
