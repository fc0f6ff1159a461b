/** The in-headset panels: canvas-drawn panels that follow the trainee (the headset's only UI). */
export { XrPanels, type XrPanelsProps } from './XrPanels';
export { XR_ORIGIN_NAME, panelButtonPoint, panelButtonIds } from './CanvasPanel';
export { useComfort, updateComfort } from './comfort';
export type { TrackedBody } from './types';
