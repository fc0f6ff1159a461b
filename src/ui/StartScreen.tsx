import { useT } from '../i18n';
import type { ScenarioEntry } from './types';

export interface StartScreenProps {
  entries: ScenarioEntry[];
  onChoose: (scenarioId: string) => void;
  onSettings: () => void;
  onHelp: () => void;
  /** Opens the scenario inspector (for instructors). */
  onInspector?: () => void;
  /** Opens the run history (past runs, export and import). */
  onHistory?: () => void;
}

/** The scenario list. A file that fails to load shows its problems instead of crashing the app. */
export function StartScreen({
  entries,
  onChoose,
  onSettings,
  onHelp,
  onInspector,
  onHistory,
}: StartScreenProps) {
  const t = useT();
  return (
    <main className="screen" data-testid="start-screen">
      <div className="inner">
        <header className="topbar">
          <div className="brand">
            {t('app.title')}
            <small>{t('app.tagline')}</small>
          </div>
          <div className="actions">
            {onInspector && (
              <button type="button" className="btn" onClick={onInspector} data-testid="open-inspector">
                {t('start.inspector')}
              </button>
            )}
            {onHistory && (
              <button type="button" className="btn" onClick={onHistory} data-testid="open-history">
                {t('start.history')}
              </button>
            )}
            <button type="button" className="btn" onClick={onHelp}>
              {t('start.help')}
            </button>
            <button type="button" className="btn" onClick={onSettings}>
              {t('start.settings')}
            </button>
          </div>
        </header>
        <h1>{t('start.heading')}</h1>
        {entries.length === 0 && <p>{t('start.empty')}</p>}
        <ul className="card-list">
          {entries.map((e) =>
            e.ok ? (
              <li key={e.file} className="card" data-testid="scenario-card" data-scenario={e.scenario.id}>
                <h2>{t.tx(e.scenario.title)}</h2>
                <p>{t.tx(e.scenario.summary)}</p>
                <div className="meta">
                  <span>{t.tx(e.scenario.setting.label)}</span>
                  <span>
                    {t('start.difficulty')}: <b>{t(`difficulty.${e.scenario.difficulty}`)}</b>
                  </span>
                  <span>
                    {t('start.duration')}:{' '}
                    <b>{t('start.minutes', { n: Math.round(e.scenario.durationS / 60) })}</b>
                  </span>
                </div>
                <div>
                  <button
                    type="button"
                    className="btn primary"
                    onClick={() => onChoose(e.scenario.id)}
                    aria-label={`${t('start.choose')}: ${t.tx(e.scenario.title)}`}
                  >
                    {t('start.choose')}
                  </button>
                </div>
              </li>
            ) : (
              <li key={e.file} className="card error" data-testid="scenario-error" role="alert">
                <h2>{t('start.fileError')}</h2>
                <p>{e.file}</p>
                <pre>{e.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n')}</pre>
              </li>
            ),
          )}
        </ul>
      </div>
    </main>
  );
}
