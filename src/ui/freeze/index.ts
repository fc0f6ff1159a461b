// The SAGAT freeze overlay (desktop); the headset's panel is ui/xr's XrFreeze.
export { FreezeOverlay, type FreezeOverlayProps, type FreezeQuestion } from './FreezeOverlay';
