import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import type { Outcome } from '../sim';

export interface EndScreenProps {
  ending: Outcome | null;
  /** Sim time at the end, seconds. */
  time: number;
  onRetry: () => void;
  onBack: () => void;
  /** Opens the learning debrief of this run. */
  onDebrief?: () => void;
}

const fmt = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

/** The outcome of a run. The debrief proper is a later issue; this leads on to it. */
export function EndScreen({ ending, time, onRetry, onBack, onDebrief }: EndScreenProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const kind = ending?.kind ?? 'neutral';
  return (
    <main className="screen end" data-testid="end-screen" data-ending={ending?.id ?? ''} data-kind={kind}>
      <div className="inner">
        <h1 ref={heading} tabIndex={-1}>
          {t('end.heading')}
        </h1>
        <section className="card">
          <p className={`outcome kind-${kind}`}>{t(`end.kind.${kind}`)}</p>
          <h2>{ending ? t.tx(ending.title) : ''}</h2>
          <p>{ending ? t.tx(ending.description) : ''}</p>
          <p>{t('end.time', { time: fmt(time) })}</p>
          {!onDebrief && <p className="hint">{t('end.debriefSoon')}</p>}
        </section>
        <div className="button-row">
          {onDebrief && (
            <button type="button" className="btn primary" onClick={onDebrief} data-testid="open-debrief">
              {t('debrief.open')}
            </button>
          )}
          <button type="button" className="btn primary" onClick={onRetry} data-testid="retry">
            {t('end.retry')}
          </button>
          <button type="button" className="btn" onClick={onBack} data-testid="back">
            {t('end.back')}
          </button>
        </div>
      </div>
    </main>
  );
}
