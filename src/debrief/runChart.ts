/**
 * A course's run charts (issue 19; the patient-safety programme's improvement model, seed 003): a
 * measure per run over the dates the runs were made, with the median and the run rules that tell a
 * signal from noise (Perla, Provost & Murray 2011, "The run chart: a simple analytical tool for
 * learning from variation in healthcare processes", BMJ Qual Saf 20:46-51):
 * - a shift: six or more consecutive points all above or all below the median (a point on the
 *   median neither adds to nor breaks a shift);
 * - a trend: five or more consecutive points all going up or all going down (a point equal to the
 *   one before neither adds to nor breaks it).
 * Pure functions over debrief records.
 */
import { BETA_DOMAINS, type BetaDomain } from '../sim';
import type { DebriefRecord } from './record';

export const RUN_METRICS = ['sa', 'timeToDeEscalation', 'safeDistance', 'goodOutcome'] as const;
export type RunMetric = (typeof RUN_METRICS)[number] | `beta:${BetaDomain}`;
export const ALL_RUN_METRICS: readonly RunMetric[] = [
  ...RUN_METRICS,
  ...BETA_DOMAINS.map((d) => `beta:${d}` as const),
];

/** Run-rule thresholds (Perla et al. 2011). */
export const SHIFT_POINTS = 6;
export const TREND_POINTS = 5;

export interface RunPoint {
  recordId: string;
  startedAt: string;
  scenarioId: string;
  value: number;
}

export interface RunSignal {
  kind: 'shift' | 'trend';
  /** Indices into the chart's points, inclusive. */
  from: number;
  to: number;
  direction: 'up' | 'down';
}

export interface RunChart {
  metric: RunMetric;
  points: RunPoint[];
  median: number | null;
  signals: RunSignal[];
}

/** A record's value for a measure, or null when the run does not have one. */
export function metricValue(r: DebriefRecord, metric: RunMetric): number | null {
  if (metric === 'sa') return r.sa.total;
  if (metric === 'timeToDeEscalation') return r.outcome?.kind === 'good' ? r.durationS : null;
  if (metric === 'safeDistance') return r.sa.process.indicators.safeDistance;
  if (metric === 'goodOutcome') return r.outcome ? (r.outcome.kind === 'good' ? 1 : 0) : null;
  const domain = metric.slice(5) as BetaDomain;
  return r.technique.find((x) => x.domain === domain)?.score ?? null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Shifts and trends in a series (values in time order) about its median. */
export function runSignals(values: readonly number[], med: number | null): RunSignal[] {
  const out: RunSignal[] = [];
  if (med !== null) {
    // Shifts: runs of points on one side, points on the median skipped.
    let side = 0;
    let start = -1;
    let count = 0;
    let last = -1;
    const close = () => {
      if (count >= SHIFT_POINTS)
        out.push({ kind: 'shift', from: start, to: last, direction: side > 0 ? 'up' : 'down' });
    };
    values.forEach((v, i) => {
      const s = v > med ? 1 : v < med ? -1 : 0;
      if (s === 0) return;
      if (s !== side) {
        close();
        side = s;
        start = i;
        count = 0;
      }
      count++;
      last = i;
    });
    close();
  }
  // Trends: runs of steps in one direction, equal neighbours skipped.
  let dir = 0;
  let start = 0;
  let steps = 0;
  let prev = 0;
  let last = 0;
  const close = () => {
    if (steps + 1 >= TREND_POINTS)
      out.push({ kind: 'trend', from: start, to: last, direction: dir > 0 ? 'up' : 'down' });
  };
  values.forEach((v, i) => {
    if (i === 0) {
      prev = v;
      return;
    }
    const d = v > prev ? 1 : v < prev ? -1 : 0;
    if (d !== 0) {
      if (d !== dir) {
        close();
        dir = d;
        start = last;
        steps = 0;
      }
      steps++;
      last = i;
    }
    prev = v;
  });
  close();
  return out.sort((a, b) => a.from - b.from || a.kind.localeCompare(b.kind));
}

/**
 * The run chart of one measure over the records (of one scenario, or all), in the order the runs
 * were made. Runs without a value for the measure are left out (an unscored SA, a run that did not
 * de-escalate for the time to de-escalation).
 */
export function runChart(
  records: readonly DebriefRecord[],
  metric: RunMetric,
  scenarioId?: string,
): RunChart {
  const points = records
    .filter((r) => scenarioId === undefined || r.scenario.id === scenarioId)
    .map((r) => ({ r, value: metricValue(r, metric) }))
    .filter((x): x is { r: DebriefRecord; value: number } => x.value !== null)
    .sort((a, b) => a.r.startedAt.localeCompare(b.r.startedAt) || a.r.id.localeCompare(b.r.id))
    .map(({ r, value }) => ({ recordId: r.id, startedAt: r.startedAt, scenarioId: r.scenario.id, value }));
  const med = median(points.map((p) => p.value));
  return {
    metric,
    points,
    median: med,
    signals: runSignals(
      points.map((p) => p.value),
      med,
    ),
  };
}
