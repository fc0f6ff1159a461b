import { useT } from '../i18n';
import { mmss } from './labels';

export interface RecoveryBannerProps {
  scenarioTitle: string;
  simTime: number;
  onResume: () => void;
  onDebrief: () => void;
  onDiscard: () => void;
}

/** Offered on start when a run was interrupted (tab closed or crashed): resume it, or debrief it. */
export function RecoveryBanner({
  scenarioTitle,
  simTime,
  onResume,
  onDebrief,
  onDiscard,
}: RecoveryBannerProps) {
  const t = useT();
  return (
    <section className="card recovery" role="region" aria-labelledby="recover-h" data-testid="recovery">
      <h2 id="recover-h">{t('recover.heading')}</h2>
      <p>{t('recover.text', { scenario: scenarioTitle, time: mmss(simTime) })}</p>
      <div className="button-row">
        <button type="button" className="btn primary" onClick={onResume} data-testid="recover-resume">
          {t('recover.resume')}
        </button>
        <button type="button" className="btn" onClick={onDebrief} data-testid="recover-debrief">
          {t('recover.debrief')}
        </button>
        <button type="button" className="btn" onClick={onDiscard} data-testid="recover-discard">
          {t('recover.discard')}
        </button>
      </div>
    </section>
  );
}
