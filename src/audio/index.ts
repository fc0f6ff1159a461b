export { AudioEngine, PANNER, type AudioEngineOptions } from './AudioEngine';
export {
  AMBIENCE_FILE,
  SOUND_FILES,
  isAudioManifest,
  loadAudioManifest,
  voiceClipPath,
  type AudioLang,
  type AudioManifest,
  type AudioManifestEntry,
  type SoundName,
} from './manifest';
export {
  floorToWorld,
  patientHeadHeight,
  toHowlerOrientation,
  toHowlerPosition,
  type Vec3Like,
} from './spatial';
export { AudioFollower } from './AudioFollower';
export { useRunAudio } from './useRunAudio';
