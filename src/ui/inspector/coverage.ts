/**
 * Coverage: which states, cues, lines and probes the scripted trainees reach over N seeds.
 * `reachOf` reads one run log; `computeCoverage` counts over runs (pure); `runCoverage` runs the
 * seeds × trainees in small slices (requestIdleCallback with a timeout, else setTimeout) so the page stays responsive.
 */
import type { Scenario } from '../../scenario';
import { pickProbes, scheduleFreezes } from '../../scoring';
import { runScripted, TRAINEE_POLICIES, type LogEntry, type TraineePolicyName } from '../../sim';
import { HZ } from './runs';

export type ItemKind = 'state' | 'cue' | 'line' | 'probe';

export interface Reach {
  states: Set<string>;
  cues: Set<string>;
  lines: Set<string>;
  /** Probes asked at a freeze (the app's schedule and pick, under the run's seed). */
  probes: Set<string>;
  outcome: string | null;
}

export function reachOf(scenario: Scenario, log: readonly LogEntry[], seed: number): Reach {
  const first = scenario.phases[0]?.id;
  const states = new Set<string>(first ? [first] : []);
  const cues = new Set<string>();
  const lines = new Set<string>();
  const timeline: { t: number; state: string }[] = first ? [{ t: 0, state: first }] : [];
  let end = 0;
  let outcome: string | null = null;
  for (const e of log) {
    end = Math.max(end, e.t);
    if (e.kind === 'transition') {
      states.add(e.to);
      timeline.push({ t: e.t, state: e.to });
    } else if (e.kind === 'effect') {
      const f = e.effect;
      if (f.type === 'say') lines.add(f.lineId);
      else if (f.type === 'cue' && f.on) cues.add(f.cueId);
      else if (f.type === 'ending') outcome = f.ending;
    }
  }
  const endings = new Set(scenario.endings.map((x) => x.id));
  const probes = new Set<string>();
  scheduleFreezes(scenario, seed).forEach((at, index) => {
    if (at > end) return;
    let state = first ?? '';
    for (const step of timeline) if (step.t <= at) state = step.state;
    if (endings.has(state)) return;
    for (const p of pickProbes(scenario, state, seed, index)) probes.add(p.id);
  });
  return { states, cues, lines, probes, outcome };
}

export interface CoverageRow {
  kind: ItemKind;
  id: string;
  /** Runs that reached the item, per trainee. */
  counts: Record<TraineePolicyName, number>;
  total: number;
}

export interface Coverage {
  runs: Record<TraineePolicyName, number>;
  totalRuns: number;
  rows: CoverageRow[];
  outcomes: { id: string; counts: Record<TraineePolicyName, number>; total: number }[];
}

const zero = (): Record<TraineePolicyName, number> => ({
  textbook: 0,
  provocative: 0,
  passive: 0,
  random: 0,
});

/** Counts, per item of the scenario, the runs that reached it. Items never reached have total 0. */
export function computeCoverage(
  scenario: Scenario,
  runs: readonly { trainee: TraineePolicyName; reach: Reach }[],
): Coverage {
  const items: [ItemKind, string, keyof Omit<Reach, 'outcome'>][] = [
    ...scenario.phases.map((p) => ['state', p.id, 'states'] as [ItemKind, string, 'states']),
    ...scenario.endings.map((e) => ['state', e.id, 'states'] as [ItemKind, string, 'states']),
    ...scenario.cues.map((c) => ['cue', c.id, 'cues'] as [ItemKind, string, 'cues']),
    ...scenario.lines.map((l) => ['line', l.id, 'lines'] as [ItemKind, string, 'lines']),
    ...scenario.probes.map((p) => ['probe', p.id, 'probes'] as [ItemKind, string, 'probes']),
  ];
  const perRun = zero();
  for (const r of runs) perRun[r.trainee]++;
  const rows = items.map(([kind, id, set]): CoverageRow => {
    const counts = zero();
    for (const r of runs) if (r.reach[set].has(id)) counts[r.trainee]++;
    return { kind, id, counts, total: TRAINEE_POLICIES.reduce((n, t) => n + counts[t], 0) };
  });
  const outcomes = scenario.endings.map((e) => {
    const counts = zero();
    for (const r of runs) if (r.reach.outcome === e.id) counts[r.trainee]++;
    return { id: e.id, counts, total: TRAINEE_POLICIES.reduce((n, t) => n + counts[t], 0) };
  });
  return { runs: perRun, totalRuns: runs.length, rows, outcomes };
}

/** Share of rows of each kind reached at least once, 0..1. */
export function coverageSummary(c: Coverage): Record<ItemKind, { reached: number; of: number }> {
  const out = {} as Record<ItemKind, { reached: number; of: number }>;
  for (const kind of ['state', 'cue', 'line', 'probe'] as const) {
    const rows = c.rows.filter((r) => r.kind === kind);
    out[kind] = { reached: rows.filter((r) => r.total > 0).length, of: rows.length };
  }
  return out;
}

export interface CoverageJob {
  trainee: TraineePolicyName;
  seed: number;
}

export function coverageJobs(seeds: number, trainees = TRAINEE_POLICIES): CoverageJob[] {
  return trainees.flatMap((trainee) => Array.from({ length: seeds }, (_, seed) => ({ trainee, seed })));
}

export function runJob(scenario: Scenario, job: CoverageJob): { trainee: TraineePolicyName; reach: Reach } {
  const { sim } = runScripted(scenario, job.trainee, job.seed, { hz: HZ });
  return { trainee: job.trainee, reach: reachOf(scenario, sim.log, job.seed) };
}

type Idle = (cb: (d: { timeRemaining: () => number }) => void, opts?: { timeout: number }) => number;

/** Runs the jobs in slices of about `sliceMs`, yielding to the page between them. */
export function runCoverage(
  scenario: Scenario,
  jobs: readonly CoverageJob[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
  sliceMs = 40,
): Promise<Coverage> {
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  // With a timeout: on a busy machine the page may never be idle, and the run must still go on.
  const later = (fn: () => void) => (idle ? idle(fn, { timeout: 100 }) : setTimeout(fn, 0));
  const results: { trainee: TraineePolicyName; reach: Reach }[] = [];
  return new Promise((resolve, reject) => {
    let i = 0;
    const slice = () => {
      if (signal.aborted) return reject(new DOMException('aborted', 'AbortError'));
      const until = performance.now() + sliceMs;
      do {
        const job = jobs[i];
        if (job) results.push(runJob(scenario, job));
        i++;
      } while (i < jobs.length && performance.now() < until);
      onProgress(Math.min(i, jobs.length), jobs.length);
      if (i < jobs.length) later(slice);
      else resolve(computeCoverage(scenario, results));
    };
    later(slice);
  });
}
