import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { Scenario } from '../../scenario';
import { TRAINEE_POLICIES } from '../../sim';
import { coverageJobs, coverageSummary, runCoverage, type Coverage, type CoverageRow } from './coverage';
import { useInspectorT } from './messages';

const pct = (n: number, of: number) => (of > 0 ? Math.round((100 * n) / of) : 0);

/** Coverage over N seeds × the four scripted trainees, run in slices with a progress bar. */
export function CoveragePanel({ scenario }: { scenario: Scenario }) {
  const t = useInspectorT();
  const tt = useT();
  const [seeds, setSeeds] = useState(50);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<{ coverage: Coverage; seeds: number; ms: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = () => {
    abort.current?.abort();
    const ctl = new AbortController();
    abort.current = ctl;
    const jobs = coverageJobs(seeds);
    const t0 = performance.now();
    setProgress({ done: 0, total: jobs.length });
    runCoverage(scenario, jobs, (done, total) => setProgress({ done, total }), ctl.signal).then(
      (coverage) => {
        setResult({ coverage, seeds, ms: Math.round(performance.now() - t0) });
        setProgress(null);
      },
      () => setProgress(null),
    );
  };
  const label = (r: CoverageRow): string => {
    if (r.kind === 'state') {
      const p = scenario.phases.find((x) => x.id === r.id);
      const e = scenario.endings.find((x) => x.id === r.id);
      return p ? tt.tx(p.label) : e ? tt.tx(e.title) : '';
    }
    if (r.kind === 'cue') return tt.tx(scenario.cues.find((x) => x.id === r.id)?.description);
    if (r.kind === 'line') return tt.tx(scenario.lines.find((x) => x.id === r.id)?.text);
    return tt.tx(scenario.probes.find((x) => x.id === r.id)?.question);
  };
  const cov = result?.coverage;
  const summary = cov ? coverageSummary(cov) : null;
  return (
    <div className="insp-coverage" data-testid="coverage">
      <div className="insp-row">
        <label>
          {t('seeds')}
          <input
            type="number"
            min={1}
            max={500}
            value={seeds}
            data-testid="coverage-seeds"
            onChange={(e) => setSeeds(Math.min(500, Math.max(1, Math.floor(Number(e.target.value) || 1))))}
          />
        </label>
        {progress ? (
          <button type="button" className="btn" onClick={() => abort.current?.abort()}>
            {t('cancel')}
          </button>
        ) : (
          <button type="button" className="btn primary" onClick={start} data-testid="coverage-run">
            {t('runCoverage')}
          </button>
        )}
        {progress && (
          <span className="insp-progress">
            <progress value={progress.done} max={progress.total} />{' '}
            <span aria-live="polite">{t('progress', progress)}</span>
          </span>
        )}
      </div>
      {cov && summary && result && (
        <div data-testid="coverage-result" data-runs={cov.totalRuns}>
          <p>{t('coverageOf', { runs: cov.totalRuns, n: result.seeds, ms: result.ms })}</p>
          <ul className="insp-summary">
            {(['state', 'cue', 'line', 'probe'] as const).map((k) => (
              <li key={k} data-kind={k} className={summary[k].reached < summary[k].of ? 'gap' : ''}>
                {t('summary', { kind: t(`kind.${k}`), ...summary[k] })}
              </li>
            ))}
          </ul>
          <div className="insp-table-scroll">
            <table className="insp-table" data-testid="coverage-table">
              <thead>
                <tr>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('item')}</th>
                  {TRAINEE_POLICIES.map((p) => (
                    <th key={p} scope="col">
                      {t(`trainee.${p}`)}
                    </th>
                  ))}
                  <th scope="col">{t('all')}</th>
                </tr>
              </thead>
              <tbody>
                {cov.rows.map((r) => (
                  <tr
                    key={`${r.kind}:${r.id}`}
                    className={r.total === 0 ? 'unreached' : ''}
                    data-testid="coverage-row"
                    data-kind={r.kind}
                    data-id={r.id}
                    data-total={r.total}
                  >
                    <td>{t(`kind.${r.kind}`)}</td>
                    <th scope="row">
                      <code>{r.id}</code> <span className="insp-muted">{label(r).slice(0, 70)}</span>
                      {r.total === 0 && <b className="tag">{t('unreached')}</b>}
                    </th>
                    {TRAINEE_POLICIES.map((p) => (
                      <td key={p} className={r.counts[p] === 0 ? 'zero' : ''}>
                        {`${r.counts[p]} (${pct(r.counts[p], cov.runs[p])} %)`}
                      </td>
                    ))}
                    <td>{`${r.total} (${pct(r.total, cov.totalRuns)} %)`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
