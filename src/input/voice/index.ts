export { MicTone, type MicToneOptions } from './micTone';
export {
  classifyTone,
  pitchHz,
  rmsDb,
  ToneTracker,
  type ToneReading,
  type VoiceTone,
} from './toneClassifier';
export { VOICE_THRESHOLDS } from './voiceThresholds';
export { setVoiceEnabled, peekVoiceTone, takeVoiceTone, useVoice, type VoiceState } from './voiceStore';
