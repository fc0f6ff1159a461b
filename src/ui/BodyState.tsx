import { useT } from '../i18n';
import { HAND_POSES, STANCES, type Delivery, type HandPose, type Stance } from '../sim';
import { DeliveryControl } from './DeliveryControl';

export interface BodyStateProps {
  hands: HandPose;
  stance: Stance;
  crouched: boolean;
  /** How the next line is said (the delivery control). */
  delivery: Delivery;
  onHands: (h: HandPose) => void;
  onStance: (s: Stance) => void;
  onCrouch: (c: boolean) => void;
  onDelivery: (d: Delivery) => void;
}

const HAND_KEY: Record<HandPose, string> = {
  open: 'Z',
  hidden: 'X',
  crossed: 'V',
  raised: 'R',
  pointing: 'T',
};

/** The trainee's body language, shown and switchable (keys or on-screen toggles). */
export function BodyState(p: BodyStateProps) {
  const { hands, stance, crouched, delivery, onHands, onStance, onCrouch, onDelivery } = p;
  const t = useT();
  return (
    <div
      className="hud-panel body-state"
      data-testid="body-state"
      data-hands={hands}
      data-stance={stance}
      data-delivery={delivery}
    >
      <DeliveryControl delivery={delivery} onDelivery={onDelivery} />
      <div className="row" role="group" aria-label={t('hud.hands')}>
        <span className="label">{t('hud.hands')}</span>
        {HAND_POSES.map((h) => (
          <button
            key={h}
            type="button"
            className="btn"
            aria-pressed={h === hands}
            aria-keyshortcuts={HAND_KEY[h]}
            onClick={() => onHands(h)}
          >
            {t(`hands.${h}`)} <kbd>{HAND_KEY[h]}</kbd>
          </button>
        ))}
      </div>
      <div className="row" role="group" aria-label={t('hud.stance')}>
        <span className="label">{t('hud.stance')}</span>
        {STANCES.map((s) => (
          <button
            key={s}
            type="button"
            className="btn"
            aria-pressed={s === stance}
            onClick={() => onStance(s)}
          >
            {t(`stance.${s}`)}
          </button>
        ))}
        <kbd>G</kbd>
      </div>
      <div className="row">
        <span className="label">{t('hud.posture')}</span>
        <button
          type="button"
          className="btn"
          aria-pressed={crouched}
          aria-keyshortcuts="C"
          onClick={() => onCrouch(!crouched)}
        >
          {t(crouched ? 'hud.posture.crouched' : 'hud.posture.standing')} <kbd>C</kbd>
        </button>
      </div>
    </div>
  );
}
