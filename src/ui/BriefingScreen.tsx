import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import type { Scenario } from '../scenario';

export interface BriefingScreenProps {
  scenario: Scenario;
  onEnter: () => void;
  onBack: () => void;
  /** "Surprise me": meet a variant of the persona (shown when the scenario gives ranges). */
  surprise?: boolean;
  onSurprise?: (on: boolean) => void;
  /** Extra controls the app adds (Enter VR, the microphone opt-in): shown after the main buttons. */
  children?: ReactNode;
}

/** What the trainee could know before entering: source text, risk flags, V-RISK-10 history items. */
export function BriefingScreen(props: BriefingScreenProps) {
  const { scenario, onEnter, onBack, children } = props;
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { briefing, patient } = scenario;
  return (
    <main className="screen briefing" data-testid="briefing-screen">
      <div className="inner">
        <h1 ref={heading} tabIndex={-1}>
          {t('briefing.heading')}: {t.tx(scenario.title)}
        </h1>
        <section>
          <h2>{t('briefing.role')}</h2>
          <p>{t.tx(scenario.role)}</p>
          <h2>{t('briefing.patient')}</h2>
          <p>
            {patient.name}, {t('briefing.age', { n: patient.age })}. {t.tx(patient.description)}
          </p>
        </section>
        <section>
          <h2>{t(`briefing.source.${briefing.source}`)}</h2>
          <p className="source-text">{t.tx(briefing.text)}</p>
        </section>
        {briefing.riskFlags.length > 0 && (
          <section>
            <h2>{t('briefing.riskFlags')}</h2>
            <ul className="flags">
              {briefing.riskFlags.map((f, i) => (
                <li key={i}>{t.tx(f)}</li>
              ))}
            </ul>
          </section>
        )}
        {briefing.history.length > 0 && (
          <section>
            <h2>{t('briefing.history')}</h2>
            <table className="history">
              <tbody>
                {briefing.history.map((h) => (
                  <tr key={h.item}>
                    <th scope="row">{t(`vrisk.${h.item}`)}</th>
                    <td className={h.present}>{t(`briefing.present.${h.present}`)}</td>
                    <td>{t.tx(h.note)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {scenario.patient.vary && props.onSurprise && (
          <label className="field check surprise">
            <input
              type="checkbox"
              checked={props.surprise ?? false}
              onChange={(e) => props.onSurprise?.(e.target.checked)}
              data-testid="surprise"
            />
            <span>
              <strong>{t('briefing.surprise')}</strong> {t('briefing.surpriseHint')}
            </span>
          </label>
        )}
        <div className="button-row">
          <button type="button" className="btn primary" onClick={onEnter} data-testid="enter-room">
            {t('briefing.enter')}
          </button>
          <button type="button" className="btn" onClick={onBack}>
            {t('briefing.back')}
          </button>
        </div>
        {children}
      </div>
    </main>
  );
}
