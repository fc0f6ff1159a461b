import type { CaptionStore } from '../session';
import { useCaptionText } from './captions';
import { Hud, type HudProps } from './Hud';

/**
 * The HUD, subscribed to the captions itself: a line said or gone renders the HUD, not the run
 * screen, the canvas's props and the scene's reconciliation with it.
 */
export function CaptionedHud({
  captions,
  ...hud
}: Omit<HudProps, 'subtitle' | 'ownLine'> & { captions: CaptionStore }) {
  const { caption, own } = useCaptionText(captions);
  return <Hud {...hud} subtitle={caption} ownLine={own} />;
}
