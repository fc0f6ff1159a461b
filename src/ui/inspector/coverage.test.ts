import { describe, expect, it } from 'vitest';
import { scheduleFreezes } from '../../scoring';
import type { LogEntry } from '../../sim';
import { loadTestScenario } from '../testScenario';
import { computeCoverage, coverageJobs, coverageSummary, reachOf, runCoverage } from './coverage';

const s = loadTestScenario();

const log: LogEntry[] = [
  { t: 0, kind: 'effect', effect: { type: 'say', lineId: 'enter-waiting' } },
  {
    t: 0,
    kind: 'effect',
    effect: { type: 'cue', cueId: s.cues[0]!.id, behaviour: s.cues[0]!.behaviour, on: true },
  },
  { t: 50, kind: 'transition', from: 'waiting', to: 'agitated' },
  { t: 50, kind: 'effect', effect: { type: 'say', lineId: 'enter-agitated' } },
  { t: 400, kind: 'transition', from: 'agitated', to: 'timedOut' },
  { t: 400, kind: 'effect', effect: { type: 'ending', ending: 'timedOut', kind: 'neutral' } },
];

describe('coverage', () => {
  it('reads states, cues, lines, the outcome and the probes asked at freezes from a run log', () => {
    const r = reachOf(s, log, 3);
    expect([...r.states]).toEqual(['waiting', 'agitated', 'timedOut']);
    expect([...r.lines]).toEqual(['enter-waiting', 'enter-agitated']);
    expect([...r.cues]).toEqual([s.cues[0]!.id]);
    expect(r.outcome).toBe('timedOut');
    // Freezes happen before 400 s here, so some probes are asked; none after the run ended.
    expect(scheduleFreezes(s, 3).some((t) => t <= 400)).toBe(r.probes.size > 0);
    const short = reachOf(s, log.slice(0, 2), 3);
    expect(short.probes.size).toBe(0);
  });

  it('counts runs per trainee with unreached items at zero', () => {
    const a = reachOf(s, log, 3);
    const b = reachOf(s, log.slice(0, 2), 4);
    const c = computeCoverage(s, [
      { trainee: 'textbook', reach: a },
      { trainee: 'textbook', reach: b },
      { trainee: 'passive', reach: b },
    ]);
    expect(c.totalRuns).toBe(3);
    expect(c.runs).toEqual({ textbook: 2, provocative: 0, passive: 1, random: 0 });
    const row = (id: string) => c.rows.find((r) => r.id === id)!;
    expect(row('waiting')).toMatchObject({ kind: 'state', total: 3, counts: { textbook: 2, passive: 1 } });
    expect(row('agitated')).toMatchObject({ total: 1, counts: { textbook: 1, passive: 0 } });
    expect(row('assault').total).toBe(0);
    expect(row('enter-agitated')).toMatchObject({ kind: 'line', total: 1 });
    expect(c.outcomes.find((o) => o.id === 'timedOut')?.total).toBe(1);
    const sum = coverageSummary(c);
    expect(sum.state).toEqual({ reached: 3, of: s.phases.length + s.endings.length });
    expect(sum.probe.of).toBe(s.probes.length);
  });

  it('runs seeds × trainees in slices with progress, reaching a good and a bad ending', async () => {
    const progress: number[] = [];
    const c = await runCoverage(
      s,
      coverageJobs(2),
      (done) => progress.push(done),
      new AbortController().signal,
      1,
    );
    expect(c.totalRuns).toBe(8);
    expect(progress.at(-1)).toBe(8);
    expect(progress.length).toBeGreaterThan(1);
    const good = s.endings.filter((e) => e.kind === 'good').map((e) => e.id);
    const bad = s.endings.filter((e) => e.kind === 'bad').map((e) => e.id);
    expect(c.outcomes.some((o) => good.includes(o.id) && o.counts.textbook > 0)).toBe(true);
    expect(c.outcomes.some((o) => bad.includes(o.id) && o.counts.provocative > 0)).toBe(true);
  });

  it('stops when aborted', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(runCoverage(s, coverageJobs(1), () => {}, ctl.signal)).rejects.toThrow();
  });
});
