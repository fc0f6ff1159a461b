import { useT } from '../i18n';
import { DELIVERIES, type Delivery } from '../sim';

/** How the next line is said (issue 20): calm, firm or raised, one pressed; B cycles them. */
export function DeliveryControl({
  delivery,
  onDelivery,
}: {
  delivery: Delivery;
  onDelivery: (d: Delivery) => void;
}) {
  const t = useT();
  return (
    <div className="row" role="group" aria-label={t('hud.delivery')} data-testid="delivery">
      <span className="label">{t('hud.delivery')}</span>
      {DELIVERIES.map((d) => (
        <button
          key={d}
          type="button"
          className="btn"
          aria-pressed={d === delivery}
          onClick={() => onDelivery(d)}
        >
          {t(`tone.${d}`)}
        </button>
      ))}
      <kbd>B</kbd>
    </div>
  );
}
