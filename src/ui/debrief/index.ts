export { DebriefView, type DebriefViewProps } from './DebriefView';
export { FreezeOverlay, type FreezeOverlayProps, type FreezeQuestion } from './FreezeOverlay';
export { RecoveryBanner, type RecoveryBannerProps } from './RecoveryBanner';
export { answerLabel, mmss } from './labels';
export { CYCLE_FILL } from './TimelineChart';
