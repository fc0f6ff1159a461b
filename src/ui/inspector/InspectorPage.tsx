import './inspector.css';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useT } from '../../i18n';
import { CoveragePanel } from './CoveragePanel';
import { Diagram } from './Diagram';
import { GraphCheck } from './GraphCheck';
import { buildDiagramGraph, pathHighlight } from './graph';
import { BUNDLED, loadText, readScenarioFile, type Loaded } from './load';
import { useInspectorT } from './messages';
import { ProblemView } from './ProblemView';
import type { RunResult } from './runs';
import { WhatIfPanel, type Slot } from './WhatIfPanel';

export interface InspectorPageProps {
  onBack: () => void;
  /** Scenario sources by path (default: the bundled files). */
  sources?: Record<string, string>;
  /** Scenario id to open first (the `?scenario=` link). */
  initialId?: string | null;
}

type Good = Extract<Loaded, { ok: true }>;

/**
 * The scenario inspector: open a bundled scenario or a YAML file, see its statechart, try it with
 * what-if inputs and scripted trainees (A/B), and measure coverage. A file that does not load shows
 * its problems in place; the scenario shown before stays as it was.
 */
export function InspectorPage({ onBack, sources = BUNDLED, initialId = null }: InspectorPageProps) {
  const t = useInspectorT();
  const tt = useT();
  const bundled = useMemo(
    () =>
      Object.keys(sources)
        .sort()
        .map((path) => loadText(sources[path] ?? '', path.replace(/^\//, ''))),
    [sources],
  );
  const [current, setCurrent] = useState<Good | null>(() => {
    const ok = bundled.filter((b): b is Good => b.ok);
    return ok.find((b) => b.scenario.id === initialId) ?? null;
  });
  const [rejected, setRejected] = useState<Extract<Loaded, { ok: false }> | null>(null);
  const [results, setResults] = useState<Partial<Record<Slot, RunResult>>>({});
  const [shown, setShown] = useState<Slot | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const accept = (l: Loaded) => {
    if (!l.ok) return setRejected(l);
    setRejected(null);
    setCurrent(l);
    setResults({});
    setShown(null);
  };
  const openFile = (file: File | undefined) => {
    if (!file) return;
    void readScenarioFile(file, {
      tooBig: (n) => t('tooBig', { n }),
      notText: t('notText'),
      readError: t('readError'),
    }).then(accept);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    openFile(e.dataTransfer.files[0]);
  };

  const scenario = current?.scenario ?? null;
  const highlight = useMemo(() => {
    const run = shown ? results[shown] : undefined;
    if (!scenario || !run) return null;
    return pathHighlight(
      buildDiagramGraph(scenario, tt.lang),
      run.path.map((p) => p.state),
      scenario,
    );
  }, [scenario, results, shown, tt.lang]);

  return (
    <main
      className={dragging ? 'screen inspector dragging' : 'screen inspector'}
      data-testid="inspector-page"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="inner wide">
        <header className="topbar">
          <h1 className="brand">{t('title')}</h1>
          <div className="actions">
            <button type="button" className="btn" onClick={onBack} data-testid="inspector-back">
              {t('back')}
            </button>
          </div>
        </header>
        <section className="card insp-open">
          <label>
            {t('bundled')}
            <select
              data-testid="inspector-bundled"
              value={current && bundled.some((b) => b.file === current.file) ? current.file : ''}
              onChange={(e) => {
                const b = bundled.find((x) => x.file === e.target.value);
                if (b) accept(b);
              }}
            >
              <option value="">{t('choose')}</option>
              {bundled.map((b) => (
                <option key={b.file} value={b.file}>
                  {b.ok ? `${tt.tx(b.scenario.title)} (${b.scenario.id})` : `⚠ ${b.file}`}
                </option>
              ))}
            </select>
          </label>
          <div className="insp-file">
            <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
              {t('open')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".yaml,.yml,text/yaml,application/yaml,text/plain"
              data-testid="inspector-file"
              className="visually-hidden"
              tabIndex={-1}
              onChange={(e) => {
                openFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
            <span className="insp-muted">{t('drop')}</span>
          </div>
          <p className="insp-muted" data-testid="inspector-current" data-scenario={scenario?.id ?? ''}>
            {current ? t('loaded', { file: current.file }) : t('none')}
          </p>
        </section>
        {rejected && (
          <ProblemView
            file={rejected.file}
            text={rejected.text}
            problems={rejected.problems}
            tone="error"
            title={t('rejected', { file: rejected.file, n: rejected.problems.length })}
            onDismiss={() => setRejected(null)}
          />
        )}
        {current && scenario && (
          <div key={current.file + scenario.id} data-testid="inspector-loaded">
            {current.warnings.length > 0 && (
              <details>
                <summary>{t('warnings', { n: current.warnings.length, file: current.file })}</summary>
                <ProblemView
                  file={current.file}
                  text=""
                  problems={current.warnings}
                  tone="warning"
                  title={t('problems')}
                />
              </details>
            )}
            <GraphCheck file={current.file} text={current.text} />
            <section className="card" aria-labelledby="insp-diagram-h">
              <h2 id="insp-diagram-h">
                {t('diagram')}: {tt.tx(scenario.title)}
              </h2>
              <Diagram scenario={scenario} highlight={highlight} />
            </section>
            <section aria-labelledby="insp-whatif-h">
              <h2 id="insp-whatif-h">{t('whatIf')}</h2>
              <WhatIfPanel
                scenario={scenario}
                results={results}
                onResult={(slot, r) => setResults((x) => ({ ...x, [slot]: r }))}
                shown={shown}
                onShow={setShown}
              />
            </section>
            <section className="card" aria-labelledby="insp-coverage-h">
              <h2 id="insp-coverage-h">{t('coverage')}</h2>
              <CoveragePanel scenario={scenario} />
            </section>
          </div>
        )}
      </div>
    </main>
  );
}
