import { useState } from 'react';
import { useT } from '../../i18n';
import type { Scenario } from '../../scenario';
import { ArousalChart } from './ArousalChart';
import { useInspectorT } from './messages';
import { RunConfig } from './RunConfig';
import { DEFAULT_INPUTS, runSpec, type RunResult, type RunSpec } from './runs';

export type Slot = 'A' | 'B';

export interface WhatIfPanelProps {
  scenario: Scenario;
  results: Partial<Record<Slot, RunResult>>;
  onResult: (slot: Slot, r: RunResult) => void;
  shown: Slot | null;
  onShow: (slot: Slot | null) => void;
}

const INITIAL: Record<Slot, RunSpec> = {
  A: { mode: 'manual', seed: 1, inputs: DEFAULT_INPUTS },
  B: { mode: 'scripted', seed: 1, trainee: 'provocative' },
};

/** Two runs side by side (A/B): set inputs or a scripted trainee, run, compare curves and paths. */
export function WhatIfPanel({ scenario, results, onResult, shown, onShow }: WhatIfPanelProps) {
  const t = useInspectorT();
  const [specs, setSpecs] = useState(INITIAL);
  const maxT = Math.max(1, results.A?.durationS ?? 0, results.B?.durationS ?? 0);
  return (
    <div className="insp-ab">
      {(['A', 'B'] as const).map((slot) => (
        <section
          key={slot}
          className="card insp-run"
          data-testid={`run-${slot}`}
          aria-labelledby={`run-${slot}-h`}
        >
          <h3 id={`run-${slot}-h`}>{t(slot === 'A' ? 'runA' : 'runB')}</h3>
          <RunConfig spec={specs[slot]} onChange={(s) => setSpecs({ ...specs, [slot]: s })} />
          <div className="insp-row">
            <button
              type="button"
              className="btn primary"
              data-testid={`run-${slot}-go`}
              onClick={() => {
                onResult(slot, runSpec(scenario, specs[slot]));
                onShow(slot);
              }}
            >
              {t('run')}
            </button>
            {results[slot] && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={shown === slot}
                  onChange={(e) => onShow(e.target.checked ? slot : null)}
                />
                {t('highlight')}
              </label>
            )}
          </div>
          {results[slot] && <RunView scenario={scenario} run={results[slot]} name={slot} maxT={maxT} />}
        </section>
      ))}
    </div>
  );
}

function RunView({
  scenario,
  run,
  name,
  maxT,
}: {
  scenario: Scenario;
  run: RunResult;
  name: string;
  maxT: number;
}) {
  const t = useInspectorT();
  const tt = useT();
  const ending = scenario.endings.find((e) => e.id === run.outcome);
  const mm = `${Math.floor(run.durationS / 60)}:${String(Math.floor(run.durationS % 60)).padStart(2, '0')}`;
  const label = (id: string) => {
    const p = scenario.phases.find((x) => x.id === id);
    const e = scenario.endings.find((x) => x.id === id);
    return p ? tt.tx(p.label) : e ? tt.tx(e.title) : id;
  };
  return (
    <div data-testid={`run-${name}-result`} data-outcome={run.outcome ?? ''}>
      <p className={`insp-outcome kind-${run.outcomeKind ?? 'none'}`}>
        {t('outcome', { ending: ending ? tt.tx(ending.title) : t('unfinished'), t: mm })} ·{' '}
        {t('peak', { v: run.peak.toFixed(2) })}
      </p>
      <ArousalChart scenario={scenario} run={run} name={name} maxT={maxT} />
      <p className="insp-path">
        <b>{t('path')}:</b> {run.path.map((s) => label(s.state)).join(' → ')}
      </p>
    </div>
  );
}
