export { StartScreen, type StartScreenProps } from './StartScreen';
export { BriefingScreen, type BriefingScreenProps } from './BriefingScreen';
export { SettingsDialog } from './SettingsDialog';
export { HelpOverlay } from './HelpOverlay';
export { Hud, type HudProps } from './Hud';
export { EndScreen, type EndScreenProps } from './EndScreen';
export { LoadingBar } from './LoadingBar';
export { SimStatus, type SimStatusProps } from './SimStatus';
export { useSettings, getSettings, updateSettings, type Settings, type SubtitleSize } from './settings';
export type { ScenarioEntry, LoadProblem } from './types';
export {
  getProfile,
  updateProfile,
  useProfile,
  lrsEndpoint,
  lrsAllowedNow,
  xapiHomePage,
  recordPseudonym,
  type Profile,
  type LrsConfig,
} from './profile';
export { CaptionedHud } from './CaptionedHud';
export { useCaptions, useCaptionText } from './captions';
export { VoiceToggle, type VoiceToggleState } from './VoiceToggle';
export { RecoveryBanner, type RecoveryBannerProps } from './RecoveryBanner';
export { answerLabel, mmss } from './labels';
