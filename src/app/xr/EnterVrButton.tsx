import { useT } from '../../i18n';
import { useVrSupported } from './vrSession';

/** "Enter VR", shown only where navigator.xr supports immersive-vr (a headset's browser, or IWER in tests). */
export function EnterVrButton({ onEnter, again = false }: { onEnter: () => void; again?: boolean }) {
  const t = useT();
  const supported = useVrSupported();
  if (!supported) return null;
  return (
    <button type="button" className="btn primary" onClick={onEnter} data-testid="enter-vr">
      {t(again ? 'xr.reenter' : 'xr.enter')}
    </button>
  );
}
