import { useT } from '../../i18n';
import type { RunChart } from '../../debrief';

const W = 720;
const H = 220;
const PAD = { l: 52, r: 14, t: 14, b: 34 };

const fmt = (v: number) => (Math.abs(v) >= 10 || Number.isInteger(v) ? String(Math.round(v)) : v.toFixed(2));

/**
 * One run chart: the points in time order joined by a line, the median dashed, the points of a
 * shift or a trend ringed, and the signals said in words below (for print and screen readers).
 */
export function RunChartView({ chart, title }: { chart: RunChart; title: string }) {
  const t = useT();
  const { points, median } = chart;
  const values = points.map((p) => p.value);
  // Each measure on its own scale: the SA score 0-100, shares 0-1, times from 0.
  const lo = 0;
  const hi =
    chart.metric === 'sa' ? 100 : chart.metric === 'timeToDeEscalation' ? Math.max(60, ...values) : 1;
  const x = (i: number) => PAD.l + (points.length > 1 ? i / (points.length - 1) : 0.5) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (v - lo) / (hi - lo || 1)) * (H - PAD.t - PAD.b);
  const flagged = new Map<number, 'shift' | 'trend'>();
  for (const s of chart.signals)
    for (let i = s.from; i <= s.to; i++) if (flagged.get(i) !== 'shift') flagged.set(i, s.kind);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(t.lang === 'nb' ? 'nb-NO' : 'en-GB', { day: 'numeric', month: 'short' }).format(
      new Date(iso),
    );
  const every = Math.max(1, Math.ceil(points.length / 8));
  return (
    <figure className="run-chart card" data-testid="run-chart" data-metric={chart.metric}>
      <h2>{title}</h2>
      {points.length === 0 ? (
        <p>{t('charts.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('charts.runs', { n: points.length, median: median === null ? '–' : fmt(median) })}
          </p>
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
            {[lo, (lo + hi) / 2, hi].map((v) => (
              <text key={v} x={PAD.l - 6} y={y(v) + 5} textAnchor="end">
                {fmt(v)}
              </text>
            ))}
            {points.map((p, i) =>
              i % every === 0 ? (
                <text key={p.recordId} x={x(i)} y={H - 10} textAnchor="middle">
                  {date(p.startedAt)}
                </text>
              ) : null,
            )}
            {median !== null && (
              <line
                className="median"
                x1={PAD.l}
                x2={W - PAD.r}
                y1={y(median)}
                y2={y(median)}
                data-testid="median"
              />
            )}
            <path
              className="series"
              d={points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join('')}
            />
            {points.map((p, i) => (
              <circle
                key={p.recordId}
                cx={x(i)}
                cy={y(p.value)}
                r={flagged.has(i) ? 7 : 4.5}
                className={flagged.get(i) ?? 'point'}
                data-signal={flagged.get(i) ?? ''}
              />
            ))}
          </svg>
          <ul className="signals" data-testid="signals">
            {chart.signals.length === 0 ? (
              <li>{t('charts.noSignal')}</li>
            ) : (
              chart.signals.map((s) => (
                <li key={`${s.kind}${s.from}`} data-kind={s.kind}>
                  {t(`charts.${s.kind}`, { dir: t(`charts.${s.direction}`), from: s.from + 1, to: s.to + 1 })}
                </li>
              ))
            )}
          </ul>
        </>
      )}
    </figure>
  );
}
