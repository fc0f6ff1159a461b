import './charts.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DebriefRecord } from '../../debrief';
import { ALL_RUN_METRICS, runChart, type RunMetric } from '../../debrief';
import { useT } from '../../i18n';
import { RunChartView } from './RunChartView';

export interface RunChartsScreenProps {
  /** The finished runs' records (the history: this machine's own and those imported). */
  load: () => Promise<DebriefRecord[]>;
  onBack: () => void;
}

/**
 * A course's run charts (issue 19): SA score, time to de-escalation, share of time at a safe
 * distance, outcome and each BETA domain over the dates of the runs, per scenario or all, with the
 * median and the run rules marked. Printable; the records never leave this machine.
 */
export function RunChartsScreen({ load, onBack }: RunChartsScreenProps) {
  const t = useT();
  const [records, setRecords] = useState<DebriefRecord[] | null>(null);
  const [scenario, setScenario] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    void load().then(setRecords);
  }, [load]);
  const scenarios = useMemo(() => {
    const m = new Map<string, DebriefRecord['scenario']>();
    for (const r of records ?? []) if (!m.has(r.scenario.id)) m.set(r.scenario.id, r.scenario);
    return [...m.values()];
  }, [records]);
  const title = (m: RunMetric) =>
    m.startsWith('beta:')
      ? t('charts.metric.beta', { domain: t(`beta.${m.slice(5)}` as 'beta.respectSpace') })
      : t(`charts.metric.${m}` as 'charts.metric.sa');
  return (
    <main className="screen run-charts" data-testid="run-charts">
      <div className="inner">
        <header className="topbar">
          <h1 ref={heading} tabIndex={-1}>
            {t('charts.heading')}
          </h1>
          <div className="actions">
            <button type="button" className="btn" onClick={() => window.print()}>
              {t('charts.print')}
            </button>
            <button type="button" className="btn" onClick={onBack} data-testid="charts-back">
              {t('charts.back')}
            </button>
          </div>
        </header>
        <p>{t('charts.intro')}</p>
        <label className="field">
          <span>{t('charts.scenario')}</span>
          <select
            value={scenario}
            onChange={(e) => setScenario(e.target.value)}
            data-testid="charts-scenario"
          >
            <option value="">{t('charts.all')}</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {t.tx(s.title)}
              </option>
            ))}
          </select>
        </label>
        {records && (
          <div className="chart-grid">
            {ALL_RUN_METRICS.map((m) => (
              <RunChartView key={m} chart={runChart(records, m, scenario || undefined)} title={title(m)} />
            ))}
          </div>
        )}
      </div>
    </main>
  );
}
