import { describe, expect, it } from 'vitest';
import { runScripted } from '../sim';
import { loadScenarioFile } from '../scenario/testing';
import { buildDebrief } from './build';
import { uuidFrom } from './ids';
import type { DebriefRecord } from './record';
import { median, metricValue, runChart, runSignals } from './runChart';

describe('run rules (Perla et al. 2011)', () => {
  it('marks six points on one side of the median as a shift, not five; points on the median are skipped', () => {
    const base = [5, 5, 5, 5, 5, 5];
    // median 5: the first six are on it; then six above (with one on the median in between).
    const values = [...base, 7, 8, 5, 7, 9, 8, 7, 3, 2];
    const med = median(values);
    expect(med).toBe(5);
    expect(runSignals(values, med).filter((s) => s.kind === 'shift')).toEqual([
      { kind: 'shift', from: 6, to: 12, direction: 'up' },
    ]);
    expect(runSignals([7, 8, 7, 9, 8, 3, 2, 1], 5).filter((s) => s.kind === 'shift')).toEqual([]);
  });

  it('marks five points going one way as a trend, not four; equal neighbours neither add nor break', () => {
    expect(runSignals([1, 2, 3, 4, 5], null)).toEqual([{ kind: 'trend', from: 0, to: 4, direction: 'up' }]);
    expect(runSignals([1, 2, 3, 4], null)).toEqual([]);
    expect(runSignals([9, 7, 7, 6, 4, 2, 3], null)).toEqual([
      { kind: 'trend', from: 0, to: 5, direction: 'down' },
    ]);
  });
});

describe("a course's run chart", () => {
  const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');
  const { sim } = runScripted(ed, 'textbook', 1);
  const base = buildDebrief({
    id: uuidFrom('course-0'),
    scenario: ed,
    seed: 1,
    pseudonym: 'Kari',
    startedAt: '2026-01-05T10:00:00.000Z',
    log: sim.log,
    probes: [],
  });
  /** Twelve runs a week apart, the SA score stepping up after the sixth (a known shift). */
  const course: DebriefRecord[] = [50, 55, 48, 52, 51, 49, 70, 72, 69, 75, 71, 74].map((sa, i) => ({
    ...base,
    id: uuidFrom(`course-${i}`),
    startedAt: new Date(Date.UTC(2026, 0, 5 + 7 * i, 10)).toISOString(),
    sa: { ...base.sa, total: sa },
  }));

  it('orders the runs by date, draws the median and marks the shift where the course improved', () => {
    const shuffled = [...course].reverse();
    const chart = runChart(shuffled, 'sa');
    expect(chart.points.map((p) => p.value)).toEqual([50, 55, 48, 52, 51, 49, 70, 72, 69, 75, 71, 74]);
    expect(chart.median).toBe(62);
    expect(chart.signals).toEqual([
      { kind: 'shift', from: 0, to: 5, direction: 'down' },
      { kind: 'shift', from: 6, to: 11, direction: 'up' },
    ]);
  });

  it('reads each measure from the record, leaving out runs without one', () => {
    expect(metricValue(base, 'timeToDeEscalation')).toBe(base.durationS);
    expect(metricValue(base, 'goodOutcome')).toBe(1);
    expect(metricValue(base, 'safeDistance')).toBe(base.sa.process.indicators.safeDistance);
    expect(metricValue(base, 'beta:respectSpace')).toBe(
      base.technique.find((x) => x.domain === 'respectSpace')!.score,
    );
    const unscored = { ...base, sa: { ...base.sa, total: null } };
    expect(runChart([unscored, ...course.slice(0, 3)], 'sa').points).toHaveLength(3);
    expect(runChart(course, 'sa', 'another-scenario').points).toEqual([]);
  });
});
