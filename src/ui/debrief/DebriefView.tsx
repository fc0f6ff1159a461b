import './debrief.css';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import type { DebriefRecord } from '../../debrief';
import { INDICATORS, SCORING } from '../../scoring';
import { answerLabel, mmss } from '../labels';
import { ReflectionForm } from './ReflectionForm';
import { TimelineChart } from './TimelineChart';
import { ReplayView } from './ReplayView';
import type { Scenario } from '../../scenario';
import { PersonaNote } from './PersonaNote';
import type { LogEntry } from '../../sim';

export interface DebriefViewProps {
  record: DebriefRecord;
  onChange: (r: DebriefRecord) => void;
  onBack: () => void;
  onRetry?: () => void;
  onExport?: () => void;
  /** The run's scenario and stored input log, for the top-down replay (re-simulated from the log). */
  scenario?: Scenario | undefined;
  loadInputs?: (() => Promise<readonly LogEntry[]>) | undefined;
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(100 * x)} %`);

/** The learning debrief (domain.md §6): what went well first, then things to try, the SA breakdown, the rest. */
export function DebriefView({
  record,
  onChange,
  onBack,
  onRetry,
  onExport,
  scenario,
  loadInputs,
}: DebriefViewProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const sa = record.sa;
  const kind = record.outcome?.kind ?? 'neutral';
  const crisisAt = record.phases.find((p) => p.cycle === 'crisis')?.from;
  const instructed = record.timeline.filter((e) => e.kind === 'instructor').length;
  return (
    <main className="screen debrief" data-testid="debrief-view" data-kind={kind}>
      <div className="inner">
        <h1 ref={heading} tabIndex={-1}>
          {t('debrief.heading')}: {t.tx(record.scenario.title)}
        </h1>
        <p className={`outcome kind-${kind}`}>
          {record.outcome ? t.tx(record.outcome.title) : ''} · {mmss(record.durationS)}
          {kind === 'disproportionate' && ` · ${t('end.kind.disproportionate')}`}
          {kind === 'afterCrisis' && ` · ${t('end.kind.afterCrisis')}`}
        </p>
        {kind === 'afterCrisis' && crisisAt !== undefined && (
          <p className="response-note" data-testid="crisis-note">
            {t('end.afterCrisis', { time: mmss(crisisAt) })}
          </p>
        )}
        {kind === 'disproportionate' && record.outcome?.response && (
          <p className="response-note" data-testid="response-note">
            {t('end.disproportionate', {
              act: t(`end.act.${record.outcome.response.act}`),
              cues: String(record.outcome.response.cues),
              from: String(record.outcome.response.from),
            })}
          </p>
        )}
        {record.persona && <PersonaNote persona={record.persona} scenario={scenario} />}
        {instructed > 0 && (
          <p className="response-note" data-testid="instructed-note">
            {t('debrief.instructed', { n: instructed })}
          </p>
        )}
        <label className="field pseudonym">
          <span>{t('debrief.pseudonym')}</span>
          <input
            value={record.pseudonym}
            maxLength={60}
            onChange={(e) => onChange({ ...record, pseudonym: e.target.value || '-' })}
          />
        </label>
        <section className="card went-well" aria-labelledby="ww-h">
          <h2 id="ww-h">{t('debrief.wentWell')}</h2>
          <ul data-testid="went-well">
            {record.wentWell.map((w, i) => (
              <li key={i}>{t.tx(w)}</li>
            ))}
          </ul>
        </section>
        <section className="card try-next" aria-labelledby="tn-h">
          <h2 id="tn-h">{t('debrief.tryNext')}</h2>
          <ul data-testid="try-next">
            {record.tryNext.map((w, i) => (
              <li key={i}>{t.tx(w)}</li>
            ))}
          </ul>
        </section>
        <section
          className="card sa"
          aria-labelledby="sa-h"
          data-testid="sa-score"
          data-total={sa.total === null ? '' : Math.round(sa.total)}
        >
          <h2 id="sa-h">{t('debrief.sa')}</h2>
          {sa.total === null ? (
            <p className="sa-total" data-testid="sa-not-scored">
              {t('debrief.saNotScored', {
                s: String(Math.round(sa.evidence?.observedS ?? record.durationS)),
                min: String(SCORING.minObservedS),
              })}
            </p>
          ) : (
            <p className="sa-total">{t('debrief.saTotal', { score: Math.round(sa.total) })}</p>
          )}
          <p className="hint">
            {sa.probes.percent === null ? t('debrief.saNoProbes') : t('debrief.saFormula')}
            {sa.evidence &&
              ` ${t('debrief.saEvidence', { n: String(sa.evidence.probes), s: String(Math.round(sa.evidence.observedS)) })}`}
          </p>
          <div className="sa-parts">
            <div>
              <h3>
                {t('debrief.probes', {
                  pct: sa.probes.percent === null ? '–' : Math.round(sa.probes.percent),
                })}
              </h3>
              <ul>
                {([1, 2, 3] as const).map((l) => (
                  <li key={l}>
                    {t(`debrief.level.${l}`)}:{' '}
                    {sa.probes.byLevel[l].asked
                      ? `${sa.probes.byLevel[l].correct}/${sa.probes.byLevel[l].asked}`
                      : t('debrief.notAsked')}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3>{t('debrief.process', { score: Math.round(sa.process.score) })}</h3>
              <ul>
                {INDICATORS.map((k) => (
                  <li key={k}>
                    {t(`debrief.indicator.${k}`)}: {pct(sa.process.indicators[k] ?? null)}
                  </li>
                ))}
              </ul>
            </div>
          </div>
          {record.probes.length > 0 && (
            <details>
              <summary>{t('debrief.answers')}</summary>
              <ul>
                {record.probes.map((p, i) => {
                  const show = (v: string | string[] | null) =>
                    v === null
                      ? '–'
                      : (Array.isArray(v) ? v : [v]).map((x) => answerLabel(t, p.kind, x)).join(', ') || '–';
                  return (
                    <li key={i} className={p.correct ? 'right' : 'wrong'}>
                      {mmss(p.t)} {t.tx(p.question)} {t('debrief.answer', { answer: show(p.answer) })} ·{' '}
                      {t('debrief.truth', { truth: show(p.truth) })}
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
        </section>
        <TimelineChart record={record} />
        <ReplayView record={record} scenario={scenario} loadInputs={loadInputs} />
        <section className="card" aria-labelledby="cues-h">
          <h2 id="cues-h">{t('debrief.cues')}</h2>
          <ul>
            {record.cues.map((c) => (
              <li key={c.behaviour}>
                {t(`cue.${c.behaviour}`)} ({mmss(c.shownAt)}):{' '}
                {c.latencyS === null
                  ? t('debrief.cueMissed')
                  : t('debrief.cueSeen', { s: c.latencyS.toFixed(1) })}
              </li>
            ))}
          </ul>
          <h2>{t('debrief.metrics')}</h2>
          <ul>
            <li>{t('debrief.tooClose', { s: record.metrics.tooCloseS.toFixed(1) })}</li>
            <li>{t('debrief.blocking', { s: record.metrics.blockingS.toFixed(1) })}</li>
            {record.metrics.minDistance !== null && (
              <li>{t('debrief.minDistance', { m: record.metrics.minDistance.toFixed(1) })}</li>
            )}
          </ul>
        </section>
        <section className="card checklist" aria-labelledby="cl-h">
          <h2 id="cl-h">{t('debrief.checklist')}</h2>
          <ul data-testid="checklist">
            {record.technique.map((i) => (
              <li key={i.domain} className={`status-${i.status}`}>
                <strong>{t(`beta.${i.domain}`)}</strong>: {t(`debrief.status.${i.status}`)}
                {i.evidence
                  .filter((e) => e.kind === 'said' || e.kind === 'provocation' || e.kind === 'tooClose')
                  .slice(0, 3)
                  .map((e, j) => (
                    <span key={j} className="evidence">
                      {' '}
                      · {mmss(e.t)}{' '}
                      {e.label
                        ? `«${t.tx(e.label)}»`
                        : e.kind === 'tooClose'
                          ? `${e.value?.toFixed(1)} m`
                          : ''}
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        </section>
        <ReflectionForm record={record} onChange={onChange} />
        <section className="card confidential" aria-labelledby="conf-h">
          <h2 id="conf-h">{t('debrief.confidential')}</h2>
          <p>{t.tx(record.confidentiality)}</p>
        </section>
        <div className="button-row no-print">
          <button type="button" className="btn" onClick={() => window.print()}>
            {t('debrief.print')}
          </button>
          {onExport && (
            <button type="button" className="btn" onClick={onExport} data-testid="export">
              {t('debrief.export')}
            </button>
          )}
          {onRetry && (
            <button type="button" className="btn primary" onClick={onRetry}>
              {t('debrief.retry')}
            </button>
          )}
          <button type="button" className="btn" onClick={onBack} data-testid="debrief-back">
            {t('debrief.back')}
          </button>
        </div>
      </div>
    </main>
  );
}
